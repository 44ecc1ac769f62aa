using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

/// <summary>
/// Opens the partnership's learning reviews, records the statutory partners' agreements and decides Rapid Reviews,
/// and reads them back. Each change is one save, with the event the review gives.
/// </summary>
public sealed class LearningReviews(GovernanceDbContext db, ISubjectRegistry registry, IBankHolidayCalendar bankHolidays, TimeProvider clock)
{
    /// <summary>Reviews of one kind or every kind, newest first.</summary>
    public async Task<Page<LearningReview>> ListAsync(ReviewKind? kind, PageRequest page, CancellationToken ct)
    {
        var query = db.Reviews.AsNoTracking();
        if (kind is { } k) query = query.Where(r => r.Kind == k);
        return await query.PageAsync(page, ListOrder<LearningReview>.Descending(r => r.NotifiedOn).ThenAscending(r => r.Reference).ThenAscending(r => r.Id), ct);
    }

    /// <summary>Undecided Rapid Reviews overdue or at risk on <paramref name="asOf"/> (default today), by deadline.</summary>
    public async Task<Page<LearningReview>> AtRiskAsync(DateOnly? asOf, PageRequest page, CancellationToken ct)
    {
        var day = asOf ?? clock.Today();
        if (!WorkingDayCalendar.Covers(day)) throw DomainException.Invalid("asOf", LearningReview.OutsideCalendar("The date"));
        var calendar = await WorkingDayCalendar.CurrentAsync(bankHolidays, ct);
        // At risk is counted in working days, from the calendar: worked out in memory, and the queue paged there.
        var open = await db.Reviews.AsNoTracking()
            .Where(r => r.Kind == ReviewKind.RapidReview && r.DecidedOn == null).ToListAsync(ct);
        return await open.Where(r => r.IsOverdueOn(day) || r.IsAtRiskOn(calendar, day)).AsQueryable().PageOldestFirstAsync(page, r => r.DeadlineOn, r => r.Id, ct);
    }

    /// <summary>Rapid Reviews per calendar year of notification, counts only.</summary>
    public async Task<IReadOnlyList<ReviewTimeliness>> TimelinessAsync(DisclosureControl rule, CancellationToken ct)
    {
        var today = clock.Today();
        var reviews = await db.Reviews.AsNoTracking()
            .Select(r => new { r.Kind, r.NotifiedOn, r.DeadlineOn, r.DecidedOn, r.Outcome }).ToListAsync(ct);
        return ReviewTimeliness.PerYear(reviews.Select(r => (r.Kind, r.NotifiedOn, r.DeadlineOn, r.DecidedOn, r.Outcome)), today, rule);
    }

    public async Task<LearningReview> OpenRapidReviewAsync(OpenRapidReviewInput input, CancellationToken ct)
    {
        var calendar = await WorkingDayCalendar.CurrentAsync(bankHolidays, ct);
        var check = new InputCheck();
        var subject = ParseSubject(check, input.SubjectId);
        var review = LearningReview.OpenRapidReview(input.Reference, input.NotifiedOn, subject?.Value, calendar, clock.Today(), check);
        return await OpenAsync(review, subject, ct);
    }

    public async Task<LearningReview> OpenLearningFromExperienceAsync(OpenLearningFromExperienceReviewInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var subject = ParseSubject(check, input.SubjectId);
        Guid? rapidId = input.RapidReviewId is null ? null : check.ParseId(input.RapidReviewId, "rapidReviewId", "The Rapid Review");
        var review = LearningReview.OpenLearningFromExperience(input.Reference, input.CommissionedOn, input.DueDate, rapidId, subject?.Value, clock.Today(), check);
        if (rapidId is { } id)
        {
            var rapid = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Kind == ReviewKind.RapidReview, ct)
                ?? throw DomainException.NotFound("Rapid Review", id);
            rapid.RequireNoCsprDecided();
        }
        return await OpenAsync(review, subject, ct);
    }

    public async Task<LearningReview> RecordAgreementAsync(RecordReviewAgreementInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The partner");
        check.Require(Enum.IsDefined(input.Outcome), "outcome", OutcomeRequired).ThrowIfInvalid();
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw DomainException.NotFound("review", reviewId);
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, ct) ?? throw DomainException.NotFound("partner", partnerId);
        var earlier = await db.ReviewAgreements.FirstOrDefaultAsync(a => a.ReviewId == reviewId && a.PartnerId == partnerId, ct);
        var agreement = review.RecordAgreement(partner, input.Outcome, earlier, clock.Today());
        if (earlier is null) db.ReviewAgreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return review;
    }

    public async Task<LearningReview> DecideAsync(DecideRapidReviewInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var decidedOn = input.DecidedOn ?? today;
        var check = new InputCheck();
        var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
        check.Require(Enum.IsDefined(input.Outcome), "outcome", OutcomeRequired)
            .Require(decidedOn <= today, "decidedOn", "A decision cannot be dated in the future.")
            .ThrowIfInvalid();
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw DomainException.NotFound("review", reviewId);
        var statutory = await db.Partners.AsNoTracking().Where(p => p.Kind == PartnerKind.StatutoryPartner && p.RetiredOn == null)
            .OrderBy(p => p.Name).ToListAsync(ct);
        var agreed = await db.ReviewAgreements.AsNoTracking()
            .Where(a => a.ReviewId == reviewId && a.Outcome == input.Outcome).Select(a => a.PartnerId).ToListAsync(ct);
        db.Publish(review.Decide(input.Outcome, decidedOn, statutory, agreed));
        await db.SaveChangesAsync(ct);
        return review;
    }

    private const string OutcomeRequired = "The outcome must be CSPR or NO_CSPR.";

    /// <summary>Stores a review checked by its factory: its reference unique, its subject (if any) known and enrolled last.</summary>
    private async Task<LearningReview> OpenAsync(LearningReview review, SubjectId? subject, CancellationToken ct)
    {
        if (await db.Reviews.AnyAsync(r => r.Reference == review.Reference, ct))
            throw DomainException.Conflict($"A review with the reference {review.Reference} already exists.");
        if (subject is { } s)
        {
            if (!await registry.ExistsAsync(s, ct)) throw DomainException.NotFound("subject", s);
            await registry.EnrolAsync(s, GovernanceModule.ModuleName, ct);
        }
        db.Reviews.Add(review);
        db.Publish(review.Opened());
        await db.SaveChangesAsync(ct);
        return review;
    }

    private static SubjectId? ParseSubject(InputCheck check, string? text)
    {
        if (text is null) return null;
        check.Require(SubjectId.TryParse(text, out var id), "subjectId", "The subject id is not a valid id.");
        return id;
    }
}
