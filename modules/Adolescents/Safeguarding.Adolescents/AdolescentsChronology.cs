using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Adolescents.SafetyPlans;

namespace Safeguarding.Adolescents;

/// <summary>The adolescents workstream's part of a young person's chronology: missing episodes and returns, return home
/// interviews offered, custody, exploitation concerns and safety plans started.</summary>
internal sealed class AdolescentsChronology(AdolescentsDbContext db) : ModuleChronology
{
    protected override IEnumerable<Table> Tables(IReadOnlyList<Guid> child) =>
    [
        From(db.MissingEpisodes.Where(m => child.Contains(m.SubjectId)), MissingEntries),
        From(db.CustodyEpisodes.Where(c => child.Contains(c.SubjectId)), CustodyEntries),
        From(db.ExploitationConcerns.Where(c => child.Contains(c.SubjectId)), c => [ConcernEntry(c)]),
        From(db.SafetyPlans.Where(p => child.Contains(p.SubjectId)), (SafetyPlan p) => [new(p.StartedAt, "Adolescent safety plan started", null, null, new SubjectId(p.SubjectId))]),
    ];

    private static IEnumerable<ChronologyEntry> MissingEntries(MissingEpisode m)
    {
        var subject = new SubjectId(m.SubjectId);
        yield return new(m.WentMissingAt, "Went missing", m.ReportingAgency, m.RecordedBy, subject);
        if (m.ReturnedAt is { } returned)
            yield return new(returned, m.WhereFound is null ? "Returned from missing" : $"Returned from missing (found: {m.WhereFound})", m.ReportingAgency, m.RecordedBy, subject);
        if (m.InterviewOfferedAt is { } offered) yield return new(offered, "Return home interview offered", null, m.InterviewOfferedBy, subject);
    }

    private static IEnumerable<ChronologyEntry> CustodyEntries(CustodyEpisode c)
    {
        yield return new(c.DetainedAt, "Detained in custody", c.ReportingAgency, c.RecordedBy, new SubjectId(c.SubjectId));
        if (c.ReleasedAt is { } released) yield return new(released, "Released from custody", c.ReportingAgency, c.RecordedBy, new SubjectId(c.SubjectId));
    }

    private static ChronologyEntry ConcernEntry(ExploitationConcern c) => new(OnDay(c.ReportedOn),
        $"{(c.Kind == ExploitationKind.Criminal ? "Criminal" : "Sexual")} exploitation concern{(c.CountyLines ? " (county lines)" : "")}, {c.IndicatorCount} indicators",
        c.ReportingAgency, c.RecordedBy, new SubjectId(c.SubjectId));
}
