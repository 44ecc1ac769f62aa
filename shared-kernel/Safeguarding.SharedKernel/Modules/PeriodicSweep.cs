using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>
/// A periodic job of the host or of a module: looks at start and then every <see cref="Interval"/> whether a run is due
/// (<see cref="IsDueAsync"/>) and, if so, runs it, each look in its own scope. Runs in one host never overlap: the look
/// and the run happen under one lock, and a call made while the timer's run is under way waits for it, so a job need
/// only tolerate another host running at the same time. A failed run is logged and tried again at the next look.
/// </summary>
public abstract class PeriodicSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    protected virtual TimeSpan Interval => TimeSpan.FromHours(1);
    protected TimeProvider Clock => clock;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try { await RunIfDueAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogError(e, "{Sweep} failed; it will be tried again at its next look.", GetType().Name); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run if one is due; returns what the run counted, or null when none was due.</summary>
    public Task<int?> RunIfDueAsync(CancellationToken ct) => UnderTheLockAsync(async scoped =>
        await IsDueAsync(scoped, ct) ? await RunAsync(scoped, ct) : (int?)null, ct);

    /// <summary>One run now, due or not (for tests and tools); returns what it counted.</summary>
    public Task<int> RunNowAsync(CancellationToken ct) => UnderTheLockAsync(scoped => RunAsync(scoped, ct), ct);

    /// <summary>Whether a run is due now; always, unless the job says otherwise.</summary>
    protected virtual Task<bool> IsDueAsync(IServiceProvider scoped, CancellationToken ct) => Task.FromResult(true);

    protected abstract Task<int> RunAsync(IServiceProvider scoped, CancellationToken ct);

    private async Task<T> UnderTheLockAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken ct)
    {
        await _oneRunAtATime.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
        finally { _oneRunAtATime.Release(); }
    }
}
