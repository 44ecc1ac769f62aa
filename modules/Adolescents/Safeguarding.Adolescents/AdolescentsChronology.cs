using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents;

/// <summary>The adolescents workstream's part of a young person's chronology: missing episodes and returns, return home
/// interviews offered, custody, exploitation concerns and safety plans started.</summary>
internal sealed class AdolescentsChronology(AdolescentsDbContext db) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(IReadOnlyCollection<SubjectId> child, CancellationToken ct)
    {
        var ids = child.Select(c => c.Value).ToList();
        var missing = await db.MissingEpisodes.AsNoTracking().Where(m => ids.Contains(m.SubjectId)).ToListAsync(ct);
        var custody = await db.CustodyEpisodes.AsNoTracking().Where(m => ids.Contains(m.SubjectId)).ToListAsync(ct);
        var concerns = await db.ExploitationConcerns.AsNoTracking().Where(m => ids.Contains(m.SubjectId)).ToListAsync(ct);
        var plans = await db.SafetyPlans.AsNoTracking().Where(m => ids.Contains(m.SubjectId)).Select(p => new { p.SubjectId, p.StartedAt }).ToListAsync(ct);
        var entries = new List<ChronologyEntry>();
        foreach (var m in missing)
        {
            var subject = new SubjectId(m.SubjectId);
            entries.Add(new(m.WentMissingAt, "Went missing", m.ReportingAgency, m.RecordedBy, subject));
            if (m.ReturnedAt is { } returned)
                entries.Add(new(returned, m.WhereFound is null ? "Returned from missing" : $"Returned from missing (found: {m.WhereFound})", m.ReportingAgency, m.RecordedBy, subject));
            if (m.InterviewOfferedAt is { } offered)
                entries.Add(new(offered, "Return home interview offered", null, m.InterviewOfferedBy, subject));
        }
        foreach (var c in custody)
        {
            var subject = new SubjectId(c.SubjectId);
            entries.Add(new(c.DetainedAt, "Detained in custody", c.ReportingAgency, c.RecordedBy, subject));
            if (c.ReleasedAt is { } released) entries.Add(new(released, "Released from custody", c.ReportingAgency, c.RecordedBy, subject));
        }
        foreach (var c in concerns)
            entries.Add(new(UkTime.At(c.ReportedOn, TimeOnly.MinValue),
                $"{(c.Kind == ExploitationKind.Criminal ? "Criminal" : "Sexual")} exploitation concern{(c.CountyLines ? " (county lines)" : "")}, {c.IndicatorCount} indicators",
                c.ReportingAgency, c.RecordedBy, new SubjectId(c.SubjectId)));
        foreach (var p in plans)
            entries.Add(new(p.StartedAt, "Adolescent safety plan started", null, null, new SubjectId(p.SubjectId)));
        return entries;
    }
}
