using Safeguarding.Csa.Persistence;

namespace Safeguarding.Csa.Workstream;

/// <summary>
/// The sexual harm workstream's whole-partnership figures: sexual abuse plans by quarter, the hospital's safeguarded
/// cases, workshop reach and young people's awareness work. No child can be told apart in them.
/// </summary>
public sealed class WorkstreamFigures(CsaDbContext db)
{
    /// <summary>For each quarter ending between from and to: sexual abuse plans started in it, and open at its end.</summary>
    public async Task<List<PlanQuarter>> PlansByQuarterAsync(DateOnly from, DateOnly to, DisclosureControl rule, CancellationToken ct)
    {
        var quarters = Quarter.Reported(from, to);
        if (quarters.Count == 0) return [];
        var (first, last) = (quarters[0].Starts, quarters[^1].Ends);
        var plans = await db.SexualAbusePlans.AsNoTracking()
            .Where(p => p.StartedOn <= last && (p.EndedOn == null || p.EndedOn >= first))
            .Select(p => new { p.StartedOn, p.EndedOn }).ToListAsync(ct);
        return quarters.Select(q => new PlanQuarter(q.Ends,
            rule.Count(plans.Count(p => p.StartedOn >= q.Starts && p.StartedOn <= q.Ends)),
            rule.Count(plans.Count(p => p.StartedOn <= q.Ends && (p.EndedOn == null || p.EndedOn > q.Ends))))).ToList();
    }

    public async Task<List<HospitalCases>> HospitalCasesAsync(DisclosureControl rule, CancellationToken ct) =>
        (await db.HospitalCases.AsNoTracking().OrderBy(h => h.Year).ToListAsync(ct)).Select(h => HospitalCases.Of(h, rule)).ToList();

    public Task<List<WorkshopTraining>> WorkshopTrainingAsync(CancellationToken ct) =>
        db.Training.AsNoTracking().OrderBy(t => t.Year).ThenBy(t => t.Workshop).ToListAsync(ct);

    /// <summary>The awareness activities by year (the earliest first), then title, a page at a time.</summary>
    public Task<Page<AwarenessActivity>> AwarenessActivitiesAsync(PageRequest page, CancellationToken ct) =>
        db.AwarenessActivities.AsNoTracking().PageAsync(page, ListOrder<AwarenessActivity>.Ascending(a => a.Year).ThenAscending(a => a.Title).ThenAscending(a => a.Id), ct);

    /// <summary>The hospital's count for a financial year, once per year, announced to the modules that report it.</summary>
    public async Task<HospitalSafeguardedCases> RecordHospitalCasesAsync(string? year, int cases, string? source, CancellationToken ct)
    {
        var count = HospitalSafeguardedCases.Record(year, cases, source);
        if (await db.HospitalCases.AnyAsync(h => h.Year == count.Year, ct))
            throw DomainException.Conflict($"The count for {count.Year} is already recorded.");
        db.HospitalCases.Add(count);
        db.Publish(count.Reported());
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>Adds sessions and attendees to a year's figures for a workshop, opening them at its first delivery that year.</summary>
    public async Task<WorkshopTraining> RecordWorkshopTrainingAsync(RecordCsaWorkshopTrainingInput input, CancellationToken ct)
    {
        var year = FinancialYearLabel.Stored(input.Year);
        WorkshopTraining.CheckDelivery(year, input.Workshop, input.Sessions, input.Attendees);
        var workshop = input.Workshop!.Trim();
        var training = await db.Training.FirstOrDefaultAsync(t => t.Year == year && t.Workshop == workshop, ct);
        if (training is null) db.Training.Add(training = WorkshopTraining.Open(year!, workshop));
        training.Add(input.Sessions, input.Attendees);
        await db.SaveChangesAsync(ct);
        return training;
    }

    public async Task<AwarenessActivity> RecordAwarenessActivityAsync(RecordCsaAwarenessActivityInput input, CancellationToken ct)
    {
        var activity = AwarenessActivity.Record(input.Year, input.Title, input.Partners, input.Summary, input.YoungPeopleReached);
        db.AwarenessActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity;
    }
}
