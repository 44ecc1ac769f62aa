using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Reviews;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>The rules a learning review keeps: its deadline, who agrees it, when it is decided, what its action plan takes.</summary>
public sealed class LearningReviewRulesTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidays.WithPublishedHistory);
    private static readonly DateOnly Today = new(2025, 1, 20);
    private static readonly Partner Council = Partner.Register(Guid.NewGuid(), "Plymouth City Council", PartnerKind.StatutoryPartner, "Local authority", "Chief Executive");
    private static readonly Partner Police = Partner.Register(Guid.NewGuid(), "Devon and Cornwall Police", PartnerKind.StatutoryPartner, "Police", "Chief Constable");
    private static readonly Partner Nspcc = Partner.Register(Guid.NewGuid(), "NSPCC", PartnerKind.RelevantAgency, "Voluntary sector");

    private static LearningReview RapidReview(DateOnly? notifiedOn = null) =>
        LearningReview.OpenRapidReview(" RR 2024/09 ", notifiedOn ?? new DateOnly(2024, 12, 20), null, Calendar, Today, new InputCheck());

    [Fact]
    public void A_Rapid_Review_is_due_15_working_days_after_its_notification()
    {
        var review = RapidReview();
        Assert.Equal("RR 2024/09", review.Reference);
        Assert.Equal(ReviewKind.RapidReview, review.Kind);
        // Friday 20 Dec 2024: the weekends, Christmas, Boxing Day and New Year's Day are not counted.
        Assert.Equal(new DateOnly(2025, 1, 15), review.DeadlineOn);
        Assert.Equal(review.Id, review.Opened().ReviewId);
        Assert.True(review.IsOverdueOn(Today));
    }

    [Fact]
    public void Every_problem_with_a_Rapid_Review_is_reported_at_once()
    {
        var check = new InputCheck().Require(false, "subjectId", "The subject id is not a valid id.");
        var refused = Assert.Throws<DomainException>(() => LearningReview.OpenRapidReview(" ", Today.AddDays(1), null, Calendar, Today, check));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal(["subjectId", "reference", "notifiedOn"], refused.Problems.Select(p => p.Field));
        var outside = Assert.Throws<DomainException>(() => LearningReview.OpenRapidReview("RR", new DateOnly(1990, 1, 1), null, Calendar, Today, new InputCheck()));
        Assert.Equal("The notification date must be within the working-day calendar (1995 to 2099).", outside.Message);
    }

    [Fact]
    public void Only_a_current_statutory_partner_agrees_and_may_change_its_mind_until_the_decision()
    {
        var review = RapidReview();
        var first = review.RecordAgreement(Council, ReviewOutcome.Cspr, null, Today.AddDays(-3));
        Assert.Equal((Council.Id, ReviewOutcome.Cspr, Today.AddDays(-3)), (first.PartnerId, first.Outcome, first.RecordedOn));
        var changed = review.RecordAgreement(Council, ReviewOutcome.NoCspr, first, Today);
        Assert.Same(first, changed);
        Assert.Equal((ReviewOutcome.NoCspr, Today), (changed.Outcome, changed.RecordedOn));

        var relevant = Assert.Throws<DomainException>(() => review.RecordAgreement(Nspcc, ReviewOutcome.Cspr, null, Today));
        Assert.Equal((ErrorCodes.Validation, "partnerId"), (relevant.Code, relevant.Problems.Single().Field));
        Assert.Equal("NSPCC is not a statutory partner; only statutory partners agree a Rapid Review's outcome.", relevant.Message);
    }

    [Fact]
    public void A_Rapid_Review_is_decided_only_when_every_statutory_partner_agrees_the_same_outcome()
    {
        var review = RapidReview();
        var statutory = new[] { Police, Council }.OrderBy(p => p.Name).ToList();
        var short1 = Assert.Throws<DomainException>(() => review.Decide(ReviewOutcome.NoCspr, Today, statutory, [Council.Id]));
        Assert.Equal(ErrorCodes.Conflict, short1.Code);
        Assert.Equal("A Rapid Review is decided only when all 2 statutory partners agree the same outcome; 1 agree NO_CSPR. Not yet agreed: Devon and Cornwall Police.", short1.Message);
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => review.Decide(ReviewOutcome.Cspr, Today, [], [])).Code);
        Assert.False(review.IsDecided);

        var decided = review.Decide(ReviewOutcome.NoCspr, new DateOnly(2025, 1, 14), statutory, [Council.Id, Police.Id]);
        Assert.Equal(("NoCspr", new DateOnly(2025, 1, 14)), (decided.Outcome, decided.DecidedOn));
        Assert.True(review.DecidedInTime);
        Assert.False(review.IsOverdueOn(Today));

        var again = Assert.Throws<DomainException>(() => review.Decide(ReviewOutcome.NoCspr, Today, statutory, [Council.Id, Police.Id]));
        Assert.Equal("This Rapid Review was already decided on 14 January 2025.", again.Message);
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => review.RecordAgreement(Council, ReviewOutcome.Cspr, null, Today)).Code);
        review.RequireNoCsprDecided(); // a Learning from Experience review may now follow it
    }

    [Fact]
    public void A_decision_cannot_come_before_the_notification()
    {
        var refused = Assert.Throws<DomainException>(() => RapidReview().Decide(ReviewOutcome.Cspr, new DateOnly(2024, 12, 19), [Council], [Council.Id]));
        Assert.Equal(("decidedOn", "A decision cannot come before the notification."), (refused.Problems.Single().Field, refused.Message));
    }

    [Fact]
    public void A_Learning_from_Experience_review_is_not_decided_by_the_partners_and_is_never_overdue()
    {
        var review = LearningReview.OpenLearningFromExperience("LfE 2025/01", Today.AddDays(-10), Today.AddDays(-1), null, null, Today, new InputCheck());
        Assert.False(review.IsOverdueOn(Today));
        var refused = Assert.Throws<DomainException>(() => review.RecordAgreement(Council, ReviewOutcome.Cspr, null, Today));
        Assert.Equal(("CONFLICT", "Only a Rapid Review is decided by the statutory partners."), (refused.Code, refused.Message));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => RapidReview().RequireNoCsprDecided()).Code);

        var late = Assert.Throws<DomainException>(() => LearningReview.OpenLearningFromExperience("LfE", Today, Today.AddYears(2).AddDays(1), null, null, Today, new InputCheck()));
        Assert.Equal("The due date must be within two years of commissioning.", late.Message);
    }

    [Fact]
    public void An_action_plan_takes_actions_from_the_review_opening_and_completes_each_once()
    {
        var review = RapidReview();
        var early = ReviewAction.Plan(review.Id, "Audit chronologies", Guid.NewGuid(), new DateOnly(2024, 12, 1), new DateOnly(2025, 3, 1), new InputCheck());
        Assert.Equal("startsOn", Assert.Throws<DomainException>(() => review.AcceptAction(early)).Problems.Single().Field);

        var action = ReviewAction.Plan(review.Id, " Audit chronologies ", Guid.NewGuid(), new DateOnly(2025, 1, 6), new DateOnly(2025, 3, 1), new InputCheck());
        review.AcceptAction(action);
        var before = new Safeguarding.Governance.Actions.ActionCompletion(action.Id, "Audit report", new DateOnly(2025, 1, 5));
        Assert.Equal("An action cannot be completed before it starts.", Assert.Throws<DomainException>(() => action.Complete(before)).Message);
        var done = action.Complete(new Safeguarding.Governance.Actions.ActionCompletion(action.Id, "Audit report", Today));
        Assert.Equal((action.Id, Today), (done.ActionId, done.CompletedOn));
        Assert.Equal("Audit report", action.CompletionEvidence);
        var twice = Assert.Throws<DomainException>(() => action.Complete(new Safeguarding.Governance.Actions.ActionCompletion(action.Id, "Again", Today)));
        Assert.Equal(("CONFLICT", "This action was already completed on 20 January 2025."), (twice.Code, twice.Message));
    }

    [Fact]
    public void A_finding_is_filed_under_its_theme_in_lower_case()
    {
        var finding = ReviewFinding.Record(Guid.NewGuid(), " Professional Curiosity ", " Ask again. ", new InputCheck());
        Assert.Equal(("professional curiosity", "Ask again."), (finding.Theme, finding.Text));
        Assert.Equal(["theme", "text"], Assert.Throws<DomainException>(() => ReviewFinding.Record(Guid.NewGuid(), "", " ", new InputCheck())).Problems.Select(p => p.Field));
    }
}
