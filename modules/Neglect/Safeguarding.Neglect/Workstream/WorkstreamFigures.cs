using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Persistence;

namespace Safeguarding.Neglect.Workstream;

/// <summary>
/// The neglect workstream's whole-partnership figures: neglect's share of plans, GCP2 use by agency, the hospital's
/// dental extractions and training reach. No child can be told apart in them: counts of children are given under the
/// reader's small-number rule (exact for the Neglect working group, withheld when small for everyone else).
/// </summary>
public sealed class WorkstreamFigures(NeglectDbContext db)
{
    /// <summary>The longest period one request reports on.</summary>
    public const int MaxPeriodDays = 366 * 10;

    /// <summary>For each quarter ending between from and to: plans open at its end, and how many of them are for neglect.</summary>
    public async Task<List<QuarterShare>> ShareByQuarterAsync(DateOnly from, DateOnly to, DisclosureControl rule, CancellationToken ct)
    {
        CheckPeriod(from, to);
        var result = new List<QuarterShare>();
        foreach (var end in Quarters.EndsBetween(from, to))
        {
            var open = await db.ChildProtectionPlans.AsNoTracking().Where(ChildProtectionPlan.OpenOn(end))
                .GroupBy(p => p.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            result.Add(QuarterShare.Of(end, open, rule));
        }
        return result;
    }

    /// <summary>
    /// Completed assessments per agency per quarter (by the day completed), for quarters ending between from and to. A
    /// quarter's agencies add up to its total (the scorecard's), so they are withheld together.
    /// </summary>
    public async Task<List<AgencyQuarterUse>> Gcp2UseByAgencyAsync(DateOnly from, DateOnly to, DisclosureControl rule, CancellationToken ct)
    {
        CheckPeriod(from, to);
        var first = Quarters.EndOf(from).AddMonths(-3).AddDays(1);
        var completed = await db.Assessments.AsNoTracking()
            .Where(a => a.CompletedOn != null && a.CompletedOn >= first && a.CompletedOn <= to)
            .Select(a => new { a.Agency, CompletedOn = a.CompletedOn!.Value }).ToListAsync(ct);
        var uses = new List<AgencyQuarterUse>();
        foreach (var quarter in completed.GroupBy(a => Quarters.EndOf(a.CompletedOn)).Where(g => g.Key <= to && g.Key >= from).OrderBy(g => g.Key))
        {
            var table = rule.Table();
            // In the scorecard's order (by agency, ordinal), so that among equal counts the same agency is withheld in both.
            var agencies = quarter.GroupBy(a => a.Agency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (Agency: g.Key, Cell: table.Count(g.Count()))).ToList();
            table.Sum(table.Unshown(quarter.Count()), agencies.Select(a => a.Cell));
            uses.AddRange(agencies.Select(a => new AgencyQuarterUse(a.Agency, quarter.Key, table[a.Cell])));
        }
        return uses;
    }

    public async Task<List<DentalExtractions>> DentalExtractionsAsync(DisclosureControl rule, CancellationToken ct) =>
        (await db.DentalExtractions.AsNoTracking().OrderBy(d => d.Year).ToListAsync(ct)).Select(d => DentalExtractions.Of(d, rule)).ToList();

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
