using Microsoft.EntityFrameworkCore;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// Builds a module's DbContext for the EF Core tools (dotnet ef migrations add), without starting the host.
/// Each module has a one-line IDesignTimeDbContextFactory that calls this.
/// </summary>
public static class ModuleDesignTime
{
    public static TContext Create<TContext>(string schema, Func<DbContextOptions<TContext>, TContext> create) where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        var database = new ModuleDatabaseOptions { DataFolder = Path.Combine(Path.GetTempPath(), "safeguarding-design-time") };
        ModuleDatabase.Configure(options, database, schema, typeof(TContext).Assembly.GetName().Name!);
        return create(options.Options);
    }
}
