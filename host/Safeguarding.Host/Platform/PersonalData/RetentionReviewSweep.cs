namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// The daily retention review: at start and every day, lists whose records are due for disposal and records in the audit
/// log that the review ran and how many people were due (<c>retention.reviewed</c>, no one named), so that the data
/// protection officer sees it was run. Disposal itself is the data protection officer's decision (<c>disposeOfPerson</c>).
/// </summary>
public sealed class RetentionReviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionReviewSweep> logger) : BackgroundService
{
    public const string Actor = "retention-review";
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try { await ReviewAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogError(e, "The retention review failed; it will run again tomorrow."); }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
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
