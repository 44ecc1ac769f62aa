using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>
/// A module's periodic job (e.g. announcing what became overdue): a <see cref="PeriodicSweep"/> that runs only while the
/// module that lists it (<see cref="PartnershipModule"/>'s sweeps) is switched on. The module gives the sweep its feature
/// flag when it registers it, so a sweep never names its module. Tests and tools call <see cref="SweepAsync(CancellationToken)"/>.
/// </summary>
public abstract class ModuleSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : PeriodicSweep(scopes, clock, logger)
{
    /// <summary>One run; returns how many things it announced (0 while the module is switched off).</summary>
    public async Task<int> SweepAsync(CancellationToken ct) => await RunIfDueAsync(ct) ?? 0;

    protected sealed override async Task<bool> IsDueAsync(IServiceProvider scoped, CancellationToken ct) =>
        await scoped.GetRequiredService<IModuleSwitch>().IsEnabledAsync(scoped.GetRequiredService<ModuleSweepOwners>().FeatureFlagOf(GetType()), ct);

    protected sealed override Task<int> RunAsync(IServiceProvider scoped, CancellationToken ct) => SweepAsync(scoped, ct);

    protected abstract Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct);
}

/// <summary>Which module's feature flag each registered sweep runs under.</summary>
public sealed class ModuleSweepOwners
{
    private readonly Dictionary<Type, string> _featureFlags = [];

    internal void Add(Type sweep, string featureFlag)
    {
        if (_featureFlags.TryGetValue(sweep, out var other) && other != featureFlag)
            throw new InvalidOperationException($"{sweep.Name} is listed by two modules ({other} and {featureFlag}).");
        _featureFlags[sweep] = featureFlag;
    }

    public string FeatureFlagOf(Type sweep) =>
        _featureFlags.TryGetValue(sweep, out var flag) ? flag : throw new InvalidOperationException($"{sweep.Name} was not registered by a module.");
}

public static class ModuleSweepRegistration
{
    /// <summary>
    /// Registers a sweep once, both as itself (for tests and tools) and as a hosted service, to run while the feature
    /// <paramref name="featureFlag"/> (its module's) is on.
    /// </summary>
    public static IServiceCollection AddModuleSweep(this IServiceCollection services, Type sweep, string featureFlag)
    {
        if (!typeof(ModuleSweep).IsAssignableFrom(sweep)) throw new ArgumentException($"{sweep.Name} is not a {nameof(ModuleSweep)}.", nameof(sweep));
        var owners = services.FirstOrDefault(d => d.ServiceType == typeof(ModuleSweepOwners))?.ImplementationInstance as ModuleSweepOwners;
        if (owners is null) services.AddSingleton(owners = new ModuleSweepOwners());
        owners.Add(sweep, featureFlag);
        services.AddSingleton(sweep);
        services.AddSingleton<IHostedService>(sp => (IHostedService)sp.GetRequiredService(sweep));
        return services;
    }
}
