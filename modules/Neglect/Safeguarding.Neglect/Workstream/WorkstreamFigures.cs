using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Persistence;

namespace Safeguarding.Neglect.Workstream;

/// <summary>
/// The neglect workstream's whole-partnership figures: neglect's share of plans, GCP2 use by agency, the hospital's
/// dental extractions and training reach. No child can be told apart in them.
/// </summary>
public sealed class WorkstreamFigures(NeglectDbContext db)
{
    /// <summary>The longest period one request reports on.</summary>
    public const int MaxPeriodDays = 366 * 10;

    /// <summary>For each quarter ending between from and to: plans open at its end, and how many of them are for neglect.</summary>
    public async Task<List<QuarterShare>> ShareByQuarterAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        CheckPeriod(from, to);
        var result = new List<QuarterShare>();
        foreach (var end in Quarters.EndsBetween(from, to))
        {
            var open = db.ChildProtectionPlans.AsNoTracking().Where(ChildProtectionPlan.OpenOn(end));
            var all = await open.CountAsync(ct);
            var neglect = await open.CountAsync(p => p.Category == PlanCategory.Neglect, ct);
            result.Add(new QuarterShare(end, neglect, all, Quarters.SharePercent(neglect, all)));
        }
        return result;
    }

    /// <summary>Completed assessments per agency per quarter (by the day completed), for quarters ending between from and to.</summary>
    public async Task<List<AgencyQuarterUse>> Gcp2UseByAgencyAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        CheckPeriod(from, to);
        var first = Quarters.EndOf(from).AddMonths(-3).AddDays(1);
        var completed = await db.Assessments.AsNoTracking()
            .Where(a => a.CompletedOn != null && a.CompletedOn >= first && a.CompletedOn <= to)
            .Select(a => new { a.Agency, CompletedOn = a.CompletedOn!.Value }).ToListAsync(ct);
        return completed.GroupBy(a => (a.Agency, End: Quarters.EndOf(a.CompletedOn)))
            .Where(g => g.Key.End <= to && g.Key.End >= from)
            .OrderBy(g => g.Key.End).ThenBy(g => g.Key.Agency)
            .Select(g => new AgencyQuarterUse(g.Key.Agency, g.Key.End, g.Count())).ToList();
    }

    public Task<List<DentalExtractionCount>> DentalExtractionsAsync(CancellationToken ct) =>
        db.DentalExtractions.AsNoTracking().OrderBy(d => d.Year).ToListAsync(ct);

    public Task<List<TrainingReach>> TrainingAsync(CancellationToken ct) =>
        db.Training.AsNoTracking().OrderBy(t => t.Year).ThenBy(t => t.Topic).ToListAsync(ct);

    /// <summary>The hospital's count for a financial year: once per year.</summary>
    public async Task<DentalExtractionCount> RecordDentalExtractionsAsync(string? year, int children, string? reportedBy, CancellationToken ct)
    {
        var count = DentalExtractionCount.Record(year, children, reportedBy);
        if (await db.DentalExtractions.AnyAsync(d => d.Year == count.Year, ct))
            throw DomainException.Conflict($"The count for {count.Year} is already recorded.");
        db.DentalExtractions.Add(count);
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>Adds sessions and attendees to a year's figures for a topic, opening them at the topic's first training that year.</summary>
    public async Task<TrainingReach> RecordTrainingAsync(string? year, string? topic, int sessions, int attendees, CancellationToken ct)
    {
        year = year?.Trim();
        TrainingReach.CheckDelivery(year, topic, sessions, attendees);
        var name = topic!.Trim();
        var reach = await db.Training.FirstOrDefaultAsync(t => t.Year == year && t.Topic == name, ct);
        if (reach is null) db.Training.Add(reach = TrainingReach.Open(year!, name));
        reach.Add(sessions, attendees);
        await db.SaveChangesAsync(ct);
        return reach;
    }

    private static void CheckPeriod(DateOnly from, DateOnly to) =>
        new InputCheck().RequirePeriod(from, to, MaxPeriodDays, "ten years").ThrowIfInvalid();
}
