using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>
/// A module's periodic job (e.g. announcing what became overdue): runs at start and then every <see cref="Interval"/>,
/// each run in its own scope, and only while the module is switched on. A failed run is logged and tried again next time.
/// Tests and tools call <see cref="SweepAsync(CancellationToken)"/> directly; runs in one host never overlap (a call made
/// while the timer's run is under way waits for it), so a sweep need only tolerate another host running at the same time.
/// </summary>
public abstract class ModuleSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    /// <summary>The feature flag of the module the sweep belongs to.</summary>
    protected abstract string FeatureFlag { get; }
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
            if (!await scope.ServiceProvider.GetRequiredService<IModuleSwitch>().IsEnabledAsync(FeatureFlag, ct)) return 0;
            return await SweepAsync(scope.ServiceProvider, ct);
        }
        finally { _oneRunAtATime.Release(); }
    }

    protected abstract Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct);
}

public static class ModuleSweepRegistration
{
    /// <summary>Registers a sweep once, both as itself (for tests and tools) and as a hosted service.</summary>
    public static IServiceCollection AddModuleSweep<TSweep>(this IServiceCollection services) where TSweep : ModuleSweep =>
        services.AddModuleSweep(typeof(TSweep));

    /// <inheritdoc cref="AddModuleSweep{TSweep}"/>
    public static IServiceCollection AddModuleSweep(this IServiceCollection services, Type sweep)
    {
        if (!typeof(ModuleSweep).IsAssignableFrom(sweep)) throw new ArgumentException($"{sweep.Name} is not a {nameof(ModuleSweep)}.", nameof(sweep));
        services.AddSingleton(sweep);
        services.AddSingleton<IHostedService>(sp => (IHostedService)sp.GetRequiredService(sweep));
        return services;
    }
}
