using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguarding.Host.Composition;

/// <summary>At start-up: apply every module's migrations (and the platform's), then write demo data into empty databases.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Safeguarding.Host.Databases");
        var catalog = services.GetRequiredService<ModuleCatalog>();
        var configuration = services.GetRequiredService<IConfiguration>();

        await using (var scope = services.CreateAsyncScope())
        {
            await MigrateAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), "platform", logger, ct);
            foreach (var module in catalog.Modules)
            {
                var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
                if (db.Schema != module.Schema)
                    throw new InvalidOperationException($"{module.Name} declares schema \"{module.Schema}\" but its DbContext uses \"{db.Schema}\"; they must be the same.");
                await MigrateAsync(db, module.Name, logger, ct);
            }
            // Records registered before the registry hashed blocking keys, or before it knew households, are found like the rest only once indexed.
            var indexed = await scope.ServiceProvider.GetRequiredService<SubjectRegistry>().IndexUnhashedAsync(ct);
            if (indexed > 0) logger.LogInformation("Indexed {Count} subject(s) registered before the registry's indexes existed", indexed);
            // Children registered before legitimate relationships keep their registering practitioner (decision 0030).
            var allocated = await scope.ServiceProvider.GetRequiredService<EarlierRegistrants>().AllocateAsync(ct);
            if (allocated > 0) logger.LogInformation("Allocated {Count} child(ren) registered before legitimate relationships to their registrants", allocated);
        }

        if (!configuration.GetValue<bool>("DemoData:SeedWhenEmpty")) return;
        foreach (var module in catalog.Modules)
        {
            await using var scope = services.CreateAsyncScope();
            await module.SeedDemoDataAsync(scope.ServiceProvider, ct);
        }
    }

    private static async Task MigrateAsync(DbContext db, string name, ILogger logger, CancellationToken ct)
    {
        // Ask the history table only once it exists (a new database has none yet, and querying it would log an error).
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(ct)
            ? (await history.GetAppliedMigrationsAsync(ct)).Select(m => m.MigrationId).ToHashSet()
            : [];
        var pending = db.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}", pending.Count, name, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct); // EF Core holds a database lock while migrating, so instances starting together take turns
        }
        if (db.Database.GetDbConnection() is SqliteConnection)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct); // readers do not wait for the writer
    }
}
