using Safeguarding.Csa.Persistence;
using Safeguarding.Csa.Workstream;

namespace Safeguarding.Csa.Hsb;

/// <summary>Records children's harmful sexual behaviour, with the referral made in response, and counts it by quarter.</summary>
public sealed class HsbRecords(CsaDbContext db, ISubjectRegistry registry, TimeProvider clock)
{
    /// <summary>A registered child's behaviour, graded, recorded by a practitioner of an agency, with its referral in the same save.</summary>
    public async Task<HsbIncident> RecordAsync(RecordCsaHsbInput input, string agency, string recordedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
        HsbIncident.Check(check, input, today).ThrowIfInvalid();
        await registry.RequireChildAsync(subjectId, ct);
        var (incident, referral, made) = HsbIncident.Record(subjectId, input, agency, recordedBy, today, clock.GetUtcNow());
        if (referral is not null)
        {
            db.Referrals.Add(referral);
            db.Publish(made!);
        }
        db.HsbIncidents.Add(incident);
        db.Publish(incident.Graded());
        await db.SaveChangesAsync(ct);
        await registry.EnrolInCsaAsync(subjectId, ct);
        return incident;
    }

    /// <summary>Incidents by grade, for each quarter ending between from and to.</summary>
    public async Task<List<HsbQuarter>> ByQuarterAsync(DateOnly from, DateOnly to, DisclosureControl rule, CancellationToken ct)
    {
        var quarters = Quarter.Reported(from, to);
        if (quarters.Count == 0) return [];
        var first = quarters[0].Starts;
        var last = quarters[^1].Ends;
        var incidents = await db.HsbIncidents.AsNoTracking().Where(i => i.OccurredOn >= first && i.OccurredOn <= last)
            .Select(i => new { i.OccurredOn, i.Grade }).ToListAsync(ct);
        return quarters.Select(q =>
        {
            var inQuarter = incidents.Where(i => i.OccurredOn >= q.Starts && i.OccurredOn <= q.Ends).ToList();
            return HsbQuarter.Of(q.Ends, inQuarter.Count(i => i.Grade == HsbGrade.Green), inQuarter.Count(i => i.Grade == HsbGrade.Amber),
                inQuarter.Count(i => i.Grade == HsbGrade.Red), rule);
        }).ToList();
    }
}
