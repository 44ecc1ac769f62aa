using Safeguarding.SharedKernel.Modules;

namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// The daily retention review: once a UK day, lists whose records are due for disposal and records in the audit log that
/// the review ran and how many people were due (<c>retention.reviewed</c>, no one named), so that the data protection
/// officer sees it was run. Each host looks every hour whether today's review is recorded and runs it if not, so a day is
/// reviewed once however often hosts restart (a restart does not read every record again), and still reviewed when the
/// host that did yesterday's is gone. Disposal itself is the data protection officer's decision (<c>disposeOfPerson</c>).
/// </summary>
public sealed class RetentionReviewSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionReviewSweep> logger)
    : PeriodicSweep(scopes, clock, logger)
{
    public const string Actor = "retention-review";

    /// <summary>Today's review, unless the audit log already holds one from today (UK); returns how many were due, or null when it had run.</summary>
    public Task<int?> ReviewUnlessDoneTodayAsync(CancellationToken ct) => RunIfDueAsync(ct);

    /// <summary>One review as of today (UK), whether or not one ran today; returns how many people are due.</summary>
    public Task<int> ReviewAsync(CancellationToken ct) => RunNowAsync(ct);

    protected override async Task<bool> IsDueAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var startOfToday = UkTime.At(Clock.Today(), TimeOnly.MinValue);
        return !await scoped.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(a => a.Action == AuditActions.RetentionReviewed && a.At >= startOfToday, ct);
    }

    protected override async Task<int> RunAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var today = Clock.Today();
        var due = await scoped.GetRequiredService<RetentionReview>().DueAsync(today, ct);
        await scoped.GetRequiredService<IAuditLog>().RecordAsync(new AuditEntry(Actor, AuditActions.RetentionReviewed,
            Detail: $"{due.Count} {(due.Count == 1 ? "person" : "people")} due for disposal on {today:yyyy-MM-dd}"), ct);
        return due.Count;
    }
}
