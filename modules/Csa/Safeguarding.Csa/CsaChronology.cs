using Safeguarding.Csa.Persistence;

namespace Safeguarding.Csa;

/// <summary>The child sexual abuse workstream's part of a child's chronology: signs and indicators by category, multi-agency
/// discussion flags, harmful sexual behaviour by grade, and support referrals and starts.</summary>
internal sealed class CsaChronology(CsaDbContext db) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(IReadOnlyCollection<SubjectId> child, CancellationToken ct)
    {
        var ids = child.Select(c => c.Value).ToList();
        var labels = await db.Categories.AsNoTracking().ToDictionaryAsync(x => x.Code, x => x.Label, ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.SubjectId)).ToListAsync(ct);
        var flags = await db.Flags.AsNoTracking().Where(f => ids.Contains(f.SubjectId)).ToListAsync(ct);
        var incidents = await db.HsbIncidents.AsNoTracking().Where(i => ids.Contains(i.SubjectId)).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.SubjectId)).ToListAsync(ct);
        var entries = new List<ChronologyEntry>();
        foreach (var i in indicators)
            entries.Add(new(UkTime.At(i.ObservedOn, TimeOnly.MinValue), $"Sign or indicator: {labels.GetValueOrDefault(i.CategoryCode, i.CategoryCode)}",
                i.SourceAgency, i.RecordedBy, new SubjectId(i.SubjectId)));
        foreach (var f in flags)
        {
            var subject = new SubjectId(f.SubjectId);
            entries.Add(new(UkTime.At(f.FlaggedOn, TimeOnly.MinValue), $"Flagged for a multi-agency discussion ({f.AgencyCount} agencies)", null, null, subject));
            if (f.DiscussionHeldOn is { } held) entries.Add(new(UkTime.At(held, TimeOnly.MinValue), "Multi-agency discussion held", null, null, subject));
        }
        foreach (var i in incidents)
            entries.Add(new(UkTime.At(i.OccurredOn, TimeOnly.MinValue), $"Harmful sexual behaviour graded {i.Grade.ToString().ToUpperInvariant()}", i.Agency, i.RecordedBy, new SubjectId(i.SubjectId)));
        foreach (var r in referrals)
        {
            var subject = new SubjectId(r.SubjectId);
            entries.Add(new(UkTime.At(r.ReferredOn, TimeOnly.MinValue), $"Referred to {r.Service}", r.ReferringAgency, null, subject));
            if (r.StartedOn is { } started) entries.Add(new(UkTime.At(started, TimeOnly.MinValue), $"Support started with {r.Service}", null, null, subject));
        }
        return entries;
    }
}
