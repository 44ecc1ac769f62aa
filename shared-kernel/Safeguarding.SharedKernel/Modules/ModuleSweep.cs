using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>
/// A module's periodic job (e.g. announcing what became overdue): runs at start and then every <see cref="Interval"/>,
/// each run in its own scope, and only while the module that lists it (<see cref="PartnershipModule"/>'s sweeps) is
/// switched on: the module gives the sweep its feature flag when it registers it, so a sweep never names its module. A failed run is logged and tried again next time.
/// Tests and tools call <see cref="SweepAsync(CancellationToken)"/> directly; runs in one host never overlap (a call made
/// while the timer's run is under way waits for it), so a sweep need only tolerate another host running at the same time.
/// </summary>
public abstract class ModuleSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    protected virtual TimeSpan Interval => TimeSpan.FromHours(1);
    protected TimeProvider Clock => clock;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogError(e, "{Sweep} failed; it will run again.", GetType().Name); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run; returns how many things it announced (0 while the module is switched off).</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await _oneRunAtATime.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var featureFlag = scope.ServiceProvider.GetRequiredService<ModuleSweepOwners>().FeatureFlagOf(GetType());
            if (!await scope.ServiceProvider.GetRequiredService<IModuleSwitch>().IsEnabledAsync(featureFlag, ct)) return 0;
            return await SweepAsync(scope.ServiceProvider, ct);
        }
        finally { _oneRunAtATime.Release(); }
    }

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
