using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// What the EF Core tools look for in a module's assembly to build its DbContext without starting the host. A module
/// declares one line: <c>internal sealed class XDesignTimeFactory() : ModuleDesignTimeFactory&lt;XDbContext&gt;(XDbContext.SchemaName, o => new(o));</c>
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => ModuleDesignTime.Create(schema, create, args);
}
