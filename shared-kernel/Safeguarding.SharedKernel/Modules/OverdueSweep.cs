using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>
/// A sweep that announces, once per record, that something became overdue (an action past its due date, a review past
/// its deadline, an interview not offered in time). Each run reads the records <see cref="Overdue"/> finds, lets each
/// mark itself announced and give the event that says so, and saves the marks with the events in one transaction, so
/// that a record is announced exactly once. A module says only which records are overdue, and how each is announced
/// when the record cannot say it alone (<see cref="IAnnouncedOverdue{TEvent}"/>).
/// </summary>
public abstract class OverdueSweep<TDbContext, TRecord>(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger)
    : ModuleSweep(scopes, clock, logger)
    where TDbContext : ModuleDbContext
    where TRecord : class
{
    /// <summary>The records past their time at <paramref name="now"/> and not yet announced.</summary>
    protected abstract IQueryable<TRecord> Overdue(TDbContext db, DateTimeOffset now);

    /// <summary>
    /// Marks each of <paramref name="overdue"/> announced and returns the events that announce them: by default each
    /// record announces itself (<see cref="IAnnouncedOverdue{TEvent}"/>).
    /// </summary>
    protected virtual Task<IEnumerable<IntegrationEvent>> AnnounceAsync(TDbContext db, IReadOnlyList<TRecord> overdue, DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult(overdue.Select(record => record is IAnnouncedOverdue<IntegrationEvent> announced
            ? announced.AnnounceOverdue(now)
            : throw new InvalidOperationException($"{typeof(TRecord).Name} does not announce itself overdue: {GetType().Name} must say how it is announced.")));

    /// <summary>Returns how many records were newly announced overdue.</summary>
    protected sealed override async Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<TDbContext>();
        var now = Clock.GetUtcNow();
        var overdue = await Overdue(db, now).ToListAsync(ct);
        if (overdue.Count == 0) return 0;
        foreach (var announcement in await AnnounceAsync(db, overdue, now, ct)) db.Publish(announcement);
        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}
