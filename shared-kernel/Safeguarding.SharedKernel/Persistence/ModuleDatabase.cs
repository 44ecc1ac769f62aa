using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>How a module's DbContext reaches its own database: a file per module on SQLite.</summary>
public static class ModuleDatabase
{
    public static void Configure(DbContextOptionsBuilder options, ModuleDatabaseOptions database, string schema, string migrationsAssembly)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var file = database.SqliteFileFor(schema);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                var connection = new SqliteConnectionStringBuilder
                {
                    DataSource = file,
                    Mode = SqliteOpenMode.ReadWriteCreate,
                    Cache = SqliteCacheMode.Private,
                    DefaultTimeout = 30,
                    Pooling = true,
                }.ToString();
                options.UseSqlite(connection, sql => sql
                    .MigrationsAssembly(migrationsAssembly)
                    .MigrationsHistoryTable("__migrations", schema)
                    // `ids.Contains(x)` as one JSON parameter (json_each), not EF Core 10's default of one parameter a
                    // value: Microsoft.Data.Sqlite binds each by name, and SQLite finds a name by walking the statement's
                    // list, so a batch's thousand ids cost a million string comparisons (see BulkInsert).
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                // SQLite has no schemas: the schema name becomes the file name instead.
                options.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                options.AddInterceptors(SqliteConnectionSettings.Instance);
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(database.ConnectionString))
                    throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is PostgreSql.");
                // One database; each module in its own schema, with its own migrations history table there.
                options.UseNpgsql(database.ConnectionString, sql => sql
                    .MigrationsAssembly(migrationsAssembly)
                    .MigrationsHistoryTable("__migrations", schema));
                break;
            default:
                throw new NotSupportedException($"Database provider {database.Provider} is not supported.");
        }
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <summary>Which provider a context runs on, as named in migration namespaces.</summary>
    public static DatabaseProvider ProviderOf(DbContext context) =>
        context is ModuleDbContext module ? module.Provider
        : context.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    /// <summary>Which provider the options configure: read from the options once, not from the context's services per call.</summary>
    internal static DatabaseProvider ProviderOf(DbContextOptions options) =>
        Providers.GetValue(options, static o => new StrongBox<DatabaseProvider>(
            o.Extensions.Any(e => e.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal)) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite)).Value;

    private static readonly ConditionalWeakTable<DbContextOptions, StrongBox<DatabaseProvider>> Providers = new();

    /// <summary>Registers a module's DbContext against its own database, with the outbox signal attached.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, ModuleDatabaseOptions database, string schema)
        where TContext : ModuleDbContext
    {
        // The options are the same for every context of a host: built once (a database file's folder made, a connection
        // string written, the assembly named). Contexts are pooled: a request or a delivery rents one already set up, and
        // EF Core resets it when it goes back (change tracker, transaction, settings). Setting up a new context each time
        // (its internal services looked up from the options) was a tenth of a small query's cost; see docs/performance.md.
        // The only state a module context adds, the flag that an event waits for its commit, is at worst left set by a
        // request that failed before saving: the next commit then wakes the bus once for nothing.
        services.AddDbContextPool<TContext>((sp, options) =>
        {
            Configure(options, database, schema, typeof(TContext).Assembly.GetName().Name!);
            options.AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>(), sp.GetRequiredService<ReferenceDataInterceptor>());
        });
        return services;
    }
}
