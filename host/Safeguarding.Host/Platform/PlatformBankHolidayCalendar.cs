namespace Safeguarding.Host.Platform;

/// <summary>
/// The bank holidays for every module: the rules with the one-off days of the platform database. The one-off days are
/// read at most once per <see cref="CacheFor"/>, so several host instances on one database agree within that time;
/// this instance forgets its copy as soon as it changes one (<see cref="Invalidate"/>).
/// </summary>
public sealed class PlatformBankHolidayCalendar(IServiceScopeFactory scopes, TimeProvider clock) : IBankHolidayCalendar
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private sealed record Snapshot(BankHolidays Holidays, DateTimeOffset ReadAt);

    private volatile Snapshot? _snapshot;
    private long _changes;

    public async ValueTask<BankHolidays> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        var now = clock.GetUtcNow();
        if (snapshot is not null && now >= snapshot.ReadAt && now - snapshot.ReadAt < CacheFor) return snapshot.Holidays;
        var changes = Interlocked.Read(ref _changes);
        var holidays = await ReadAsync(cancellationToken);
        // A change made while reading may be missing from what was read: use it for this call, but do not keep it.
        if (Interlocked.Read(ref _changes) == changes) _snapshot = new Snapshot(holidays, now);
        return holidays;
    }

    /// <summary>The bank holidays as stored at this moment, bypassing the cache: what a change is checked against.</summary>
    public async Task<BankHolidays> ReadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var days = await db.OneOffBankHolidays.AsNoTracking().ToListAsync(ct);
        return new BankHolidays(days.Select(d => d.ToBankHoliday()));
    }

    /// <summary>Forget the cached days (after this instance changes one).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _changes);
        _snapshot = null;
    }
}
