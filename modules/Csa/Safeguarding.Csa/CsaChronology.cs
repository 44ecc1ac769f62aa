using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Persistence;
using Safeguarding.Csa.Support;

namespace Safeguarding.Csa;

/// <summary>The child sexual abuse workstream's part of a child's chronology: signs and indicators by category, multi-agency
/// discussion flags, harmful sexual behaviour by grade, and support referrals and starts.</summary>
internal sealed class CsaChronology(CsaDbContext db) : ModuleChronology
{
    private sealed record IndicatorOfChild(Guid SubjectId, DateOnly ObservedOn, string? Category, string SourceAgency, string RecordedBy);

    protected override IEnumerable<Table> Tables(IReadOnlyList<Guid> child) =>
    [
        From(db.Indicators.Where(i => child.Contains(i.SubjectId))
                .Select(i => new IndicatorOfChild(i.SubjectId, i.ObservedOn, db.Categories.Where(c => c.Code == i.CategoryCode).Select(c => c.Label).FirstOrDefault() ?? i.CategoryCode,
                    i.SourceAgency, i.RecordedBy)),
            i => [new(OnDay(i.ObservedOn), $"Sign or indicator: {i.Category}", i.SourceAgency, i.RecordedBy, new SubjectId(i.SubjectId))]),
        From(db.Flags.Where(f => child.Contains(f.SubjectId)), FlagEntries),
        From(db.HsbIncidents.Where(i => child.Contains(i.SubjectId)),
            i => [new(OnDay(i.OccurredOn), $"Harmful sexual behaviour graded {i.Grade.ToString().ToUpperInvariant()}", i.Agency, i.RecordedBy, new SubjectId(i.SubjectId))]),
        From(db.Referrals.Where(r => child.Contains(r.SubjectId)), ReferralEntries),
    ];

    private static IEnumerable<ChronologyEntry> FlagEntries(DiscussionFlag f)
    {
        yield return new(OnDay(f.FlaggedOn), $"Flagged for a multi-agency discussion ({f.AgencyCount} agencies)", null, null, new SubjectId(f.SubjectId));
        if (f.DiscussionHeldOn is { } held) yield return new(OnDay(held), "Multi-agency discussion held", null, null, new SubjectId(f.SubjectId));
    }

    private static IEnumerable<ChronologyEntry> ReferralEntries(SupportReferral r)
    {
        yield return new(OnDay(r.ReferredOn), $"Referred to {r.Service}", r.ReferringAgency, null, new SubjectId(r.SubjectId));
        if (r.StartedOn is { } started) yield return new(OnDay(started), $"Support started with {r.Service}", null, null, new SubjectId(r.SubjectId));
    }
}
