using Safeguarding.Csa.Persistence;

namespace Safeguarding.Csa.Indicators;

/// <summary>
/// When two records are confirmed to be one child, the signs and indicators held under each count together: if none of
/// the child's records has a flag waiting for its discussion and the indicators not yet discussed, across both, now meet
/// the flagging rule, the child is flagged for a multi-agency discussion (under the record that stands for them), as if
/// the indicators had been recorded under one id. Idempotent: a flag waiting for its discussion is never raised twice.
/// A separation changes nothing here: a discussion flagged is still due.
/// </summary>
internal sealed class FlagsFollowMerges(CsaDbContext db, ISubjectRegistry registry, FlaggingRule flagging, TimeProvider clock)
    : IIntegrationEventHandler<SubjectsMerged>
{
    public async Task HandleAsync(SubjectsMerged merged, CancellationToken ct)
    {
        var person = await registry.PersonIdsAsync(merged.SurvivorId, ct);
        if (await db.Flags.AnyAsync(f => person.Contains(f.SubjectId) && f.DiscussionHeldOn == null, ct)) return;
        var undiscussed = await db.Indicators.AsNoTracking().Where(i => person.Contains(i.SubjectId) && i.DiscussedUnderFlagId == null)
            .Select(i => new IndicatorFact(i.SourceAgency, i.ObservedOn)).ToListAsync(ct);
        if (undiscussed.Count == 0) return;
        var decision = flagging.Evaluate(undiscussed);
        if (!decision.Flag) return;
        var (flag, raised) = DiscussionFlag.Raise(merged.SurvivorId, decision, clock.Today());
        db.Flags.Add(flag);
        db.Publish(raised);
        await db.SaveChangesAsync(ct);
    }
}
