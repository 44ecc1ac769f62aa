using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguarding.Host.Composition;

/// <summary>
/// <c>dotnet run --project host/Safeguarding.Host -- migrations-script --provider PostgreSql</c> prints the SQL that
/// start-up would apply to an empty database (platform first, then each module in its own schema), for a DBA to review.
/// Idempotent scripts (safe to run against a database part-way through) with <c>--idempotent</c>. Connects to nothing.
/// </summary>
public static class MigrationScriptCommand
{
    public static int Run(string[] args)
    {
        var provider = DatabaseProvider.PostgreSql;
        var idempotent = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--provider" && i + 1 < args.Length && Enum.TryParse(args[i + 1], ignoreCase: true, out provider)) i++;
            else if (args[i] == "--idempotent") idempotent = true;
            else
            {
                Console.Error.WriteLine("Usage: migrations-script [--provider Sqlite|PostgreSql] [--idempotent]");
                return 2;
            }
        }
        var database = new ModuleDatabaseOptions
        {
            Provider = provider,
            DataFolder = Path.Combine(Path.GetTempPath(), "safeguarding-migration-script"),
            ConnectionString = "Host=localhost;Database=safeguarding", // never opened: scripts are generated offline
        };
        var options = idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default;

        Console.WriteLine($"-- Safeguarding.Modular: schema for {provider}, generated {DateTimeOffset.UtcNow:u}");
        Write("platform", Build<PlatformDbContext>(database, PlatformDbContext.SchemaName, o => new PlatformDbContext(o)), options);
        foreach (var module in new ModuleCatalog(ModuleDiscovery.Discover()).Modules)
        {
            var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(module.DbContextType))!;
            ModuleDatabase.Configure(builder, database, module.Schema, module.DbContextType.Assembly.GetName().Name!);
            using var context = (DbContext)Activator.CreateInstance(module.DbContextType, builder.Options)!;
            Write(module.Name, context, options);
        }
        return 0;
    }

    private static TContext Build<TContext>(ModuleDatabaseOptions database, string schema, Func<DbContextOptions<TContext>, TContext> create) where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        ModuleDatabase.Configure(builder, database, schema, typeof(TContext).Assembly.GetName().Name!);
        return create(builder.Options);
    }

    private static void Write(string name, DbContext context, MigrationsSqlGenerationOptions options)
    {
        Console.WriteLine();
        Console.WriteLine($"-- ===== {name} =====");
        Console.WriteLine(context.GetService<IMigrator>().GenerateScript(options: options));
    }
}
