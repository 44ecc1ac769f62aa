using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>
/// A module with its own database, <typeparamref name="TDbContext"/>: what every partnership module is. The base
/// registers the DbContext against the module's own database (or schema) with the interceptor that wakes the event bus,
/// so a module cannot forget it, and hands the seed its DbContext.
/// </summary>
public abstract class PartnershipModule<TDbContext>(string name, string description) : PartnershipModule
    where TDbContext : ModuleDbContext
{
    public sealed override string Name => name;
    public sealed override string Description => description;
    public sealed override Type DbContextType => typeof(TDbContext);

    /// <summary>Registers the module's event handlers and its DbContext; a module adds its own services after calling it.</summary>
    public override void ConfigureServices(IServiceCollection services, ModuleHostContext host)
    {
        base.ConfigureServices(services, host);
        services.AddModuleDbContext<TDbContext>(host.Database, Schema);
    }

    public sealed override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SeedDemoDataAsync(services.GetRequiredService<TDbContext>(), services, cancellationToken);

    /// <summary>Demo data, written through <paramref name="db"/> only when the module holds none yet (see the base).</summary>
    protected virtual Task SeedDemoDataAsync(TDbContext db, IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
