namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// The daily retention review: once a UK day, lists whose records are due for disposal and records in the audit log that
/// the review ran and how many people were due (<c>retention.reviewed</c>, no one named), so that the data protection
/// officer sees it was run. Each host looks every hour whether today's review is recorded and runs it if not, so a day is
/// reviewed once however often hosts restart (a restart does not read every record again), and still reviewed when the
/// host that did yesterday's is gone. Disposal itself is the data protection officer's decision (<c>disposeOfPerson</c>).
/// </summary>
public sealed class RetentionReviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionReviewSweep> logger) : BackgroundService
{
    public const string Actor = "retention-review";
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try { await ReviewUnlessDoneTodayAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogError(e, "The retention review failed; it will be tried again within the hour."); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Today's review, unless the audit log already holds one from today (UK); returns how many were due, or null when it had run.</summary>
    public async Task<int?> ReviewUnlessDoneTodayAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var startOfToday = UkTime.At(clock.Today(), TimeOnly.MinValue);
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (await db.AuditLog.AnyAsync(a => a.Action == AuditActions.RetentionReviewed && a.At >= startOfToday, ct)) return null;
        }
        return await ReviewAsync(ct);
    }

    /// <summary>One review as of today (UK); returns how many people are due.</summary>
    public async Task<int> ReviewAsync(CancellationToken ct)
    {
        await _oneRunAtATime.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var today = clock.Today();
            var due = await scope.ServiceProvider.GetRequiredService<RetentionReview>().DueAsync(today, ct);
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(new AuditEntry(Actor, AuditActions.RetentionReviewed,
                Detail: $"{due.Count} {(due.Count == 1 ? "person" : "people")} due for disposal on {today:yyyy-MM-dd}"), ct);
            return due.Count;
        }
        finally { _oneRunAtATime.Release(); }
    }
}
