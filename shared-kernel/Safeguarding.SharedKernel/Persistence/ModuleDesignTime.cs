using Microsoft.EntityFrameworkCore;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// Builds a module's DbContext for the EF Core tools (dotnet ef migrations add), without starting the host.
/// Each module declares a one-line <see cref="ModuleDesignTimeFactory{TContext}"/> that calls this.
/// </summary>
public static class ModuleDesignTime
{
    /// <param name="args">After <c>--</c> on the dotnet ef command line: <c>--provider Sqlite|PostgreSql</c> (default Sqlite).</param>
    public static TContext Create<TContext>(string schema, Func<DbContextOptions<TContext>, TContext> create, string[]? args = null) where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        var provider = DatabaseProvider.Sqlite;
        var i = Array.IndexOf(args ?? [], "--provider");
        if (i >= 0 && i + 1 < args!.Length && !Enum.TryParse(args[i + 1], ignoreCase: true, out provider))
            throw new ArgumentException($"Unknown provider {args[i + 1]}: use Sqlite or PostgreSql.");
        var database = new ModuleDatabaseOptions
        {
            Provider = provider,
            DataFolder = Path.Combine(Path.GetTempPath(), "safeguarding-design-time"),
            // Only used to generate migrations and scripts; nothing connects to it.
            ConnectionString = "Host=localhost;Database=safeguarding_design_time",
        };
        ModuleDatabase.Configure(options, database, schema, typeof(TContext).Assembly.GetName().Name!);
        return create(options.Options);
    }
}
