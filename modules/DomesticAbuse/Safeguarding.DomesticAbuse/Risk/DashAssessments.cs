using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>Records completed DASH checklists (and the MARAC referrals high risk makes), reads them back and counts them.</summary>
public sealed class DashAssessments(DomesticAbuseDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Grades the checklist with the notices involving the victim (by police person reference, if given) in the 12 months
    /// to the day completed, and stores the assessment, any referral and their events in one save.
    /// </summary>
    public async Task<DashAssessment> CompleteAsync(CompleteDashAssessmentInput input, string agency, string practitioner, CancellationToken ct)
    {
        var today = clock.Today();
        DashAssessment.Check(input, today).ThrowIfInvalid();
        var completedOn = DashAssessment.CompletedOnOrToday(input, today);
        Guid? victimId = null;
        var incidents = 0;
        if (!string.IsNullOrWhiteSpace(input.VictimPersonReference))
        {
            var reference = input.VictimPersonReference.Trim().ToUpperInvariant();
            victimId = await db.Adults.Where(a => a.PersonReference == reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct)
                       ?? throw new DomainException(ErrorCodes.NotFound, $"No adult with the person reference {reference} appears in a notice.");
            var start = UkTime.At(completedOn.AddYears(-1), TimeOnly.MinValue);
            var end = UkTime.At(completedOn.AddDays(1), TimeOnly.MinValue);
            incidents = await db.NoticeAdults.AsNoTracking()
                .Where(a => a.AdultId == victimId && a.Role == AdultRole.Victim && a.IncidentAt >= start && a.IncidentAt < end)
                .Select(a => a.NoticeId).Distinct().CountAsync(ct);
        }
        var completion = DashAssessment.Complete(input, today, agency, practitioner, victimId, incidents);
        db.DashAssessments.Add(completion.Assessment);
        if (completion.Referral is { } referral) db.MaracReferrals.Add(referral);
        foreach (var e in completion.Events) db.Publish(e);
        await db.SaveChangesAsync(ct);
        return completion.Assessment;
    }

    public async Task<DashAssessment> FindAsync(string? id, CancellationToken ct)
    {
        var assessmentId = InputCheck.Id(id, "id", "The assessment");
        return await db.DashAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, ct)
               ?? throw DomainException.NotFound("DASH assessment", assessmentId);
    }

    /// <summary>Counts only: assessments completed in the period, high risk by basis, their MARAC referrals and open actions.</summary>
    public async Task<DashSummary> SummaryAsync(ReportingPeriod period, DisclosureControl rule, CancellationToken ct)
    {
        var (from, to) = period;
        var bases = await db.DashAssessments.AsNoTracking().Where(a => a.CompletedOn >= from && a.CompletedOn <= to)
            .GroupBy(a => a.HighRiskBasis).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(HighRiskBasis? b) => bases.Where(x => x.Key == b).Sum(x => x.Count);
        var referrals = db.MaracReferrals.AsNoTracking().Where(r => r.ReferredOn >= from && r.ReferredOn <= to);
        var open = await db.MaracActions.AsNoTracking().CountAsync(a => a.CompletedOn == null && referrals.Any(r => r.Id == a.ReferralId), ct);
        return DashSummary.Of(from, to, bases.Sum(x => x.Count), Of(HighRiskBasis.Score), Of(HighRiskBasis.Judgement), Of(HighRiskBasis.Escalation),
            await referrals.CountAsync(ct), open, rule);
    }
}
