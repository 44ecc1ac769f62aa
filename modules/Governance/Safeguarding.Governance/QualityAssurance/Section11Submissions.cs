using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.QualityAssurance;

/// <summary>Receives the agencies' Section 11 self-assessments, one per agency and year, and reads them back by year.</summary>
public sealed class Section11Submissions(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>The year's self-assessments, in the order they were submitted, with their ratings.</summary>
    public async Task<IReadOnlyList<Section11SelfAssessment>> OfYearAsync(int year, CancellationToken ct) =>
        await db.Section11SelfAssessments.AsNoTracking().Include(a => a.Ratings)
            .Where(a => a.Year == year).OrderBy(a => a.SubmittedOn).ToListAsync(ct);

    /// <summary>Per standard, how the year's self-assessments rated it.</summary>
    public async Task<IReadOnlyList<Section11StandardCompliance>> ComplianceAsync(int year, CancellationToken ct) =>
        Section11StandardCompliance.Of(await db.Section11SelfAssessments.AsNoTracking().Include(a => a.Ratings)
            .Where(a => a.Year == year).ToListAsync(ct));

    public async Task<Section11SelfAssessment> SubmitAsync(SubmitSection11Input input, CancellationToken ct)
    {
        var check = new InputCheck();
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
        var assessment = Section11SelfAssessment.Submit(partnerId, input.Year, input.SubmittedOn, input.Ratings ?? [], clock.Today(), check);
        await db.CurrentPartnerAsync(partnerId, "partnerId", ct);
        if (await db.Section11SelfAssessments.AnyAsync(a => a.PartnerId == partnerId && a.Year == input.Year, ct))
            throw DomainException.Conflict(Section11SelfAssessment.AlreadySubmitted(input.Year));
        db.Section11SelfAssessments.Add(assessment);
        db.Publish(assessment.Submitted());
        await db.SaveChangesAsync(ct);
        return assessment;
    }
}
