using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Enquiries;
using Safeguarding.DomesticAbuse.Risk;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.DomesticAbuse;

/// <summary>DASH completion and MARAC, routine enquiries and hospital alerts: what is allowed happens, what is not is refused with the API's code and message.</summary>
public sealed class RiskAndEnquiryRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CompleteDashAssessmentInput Checklist(int yes, DateOnly? meeting = null, bool judgement = false, string? reason = null) => new()
    {
        Answers = [.. Enumerable.Repeat(DashAnswer.Yes, yes), .. Enumerable.Repeat(DashAnswer.No, DashRules.Questions - yes)],
        ProfessionalJudgement = judgement, JudgementReason = reason, MaracMeetingOn = meeting,
    };

    [Fact]
    public void A_standard_risk_checklist_is_recorded_and_announced_without_a_referral()
    {
        var completion = DashAssessment.Complete(Checklist(5), Today, "Livewell Southwest", "dana.da", null, incidentsInLastYear: 2);
        Assert.Equal((RiskLevel.Standard, (HighRiskBasis?)null, 5, Today), (completion.Assessment.RiskLevel, completion.Assessment.HighRiskBasis, completion.Assessment.YesCount, completion.Assessment.CompletedOn));
        Assert.Null(completion.Referral);
        var completed = Assert.IsType<DashAssessmentCompleted>(Assert.Single(completion.Events));
        Assert.Equal(("STANDARD", (string?)null), (completed.RiskLevel, completed.HighRiskBasis));
    }

    [Fact]
    public void High_risk_needs_the_MARAC_meeting_and_makes_the_referral()
    {
        var e = Assert.Throws<DomainException>(() => DashAssessment.Complete(Checklist(3), Today, "Livewell Southwest", "dana.da", Guid.NewGuid(), incidentsInLastYear: 3));
        Assert.Equal((ErrorCodes.Validation, "This assessment is high risk (3 notices involving the victim in 12 months): give the date of the MARAC meeting the case goes to."), (e.Code, e.Message));
        Assert.Equal("maracMeetingOn", Assert.Single(e.Problems).Field);

        var completion = DashAssessment.Complete(Checklist(14, meeting: Today.AddDays(7)), Today, "Livewell Southwest", "dana.da", null, 0);
        Assert.Equal((RiskLevel.High, HighRiskBasis.Score), (completion.Assessment.RiskLevel, completion.Assessment.HighRiskBasis!.Value));
        Assert.Equal((completion.Assessment.Id, Today.AddDays(7), HighRiskBasis.Score), (completion.Referral!.AssessmentId, completion.Referral.MeetingOn, completion.Referral.Basis));
        Assert.Equal([typeof(DashAssessmentCompleted), typeof(MaracReferralMade)], completion.Events.Select(x => x.GetType()));
    }

    [Fact]
    public void A_checklist_with_a_meeting_too_far_off_or_a_future_day_is_refused_with_every_problem()
    {
        var input = Checklist(14, meeting: Today.AddDays(120));
        input.CompletedOn = Today.AddDays(1);
        var e = Assert.Throws<DomainException>(() => DashAssessment.Complete(input, Today, "Livewell Southwest", "dana.da", null, 0));
        Assert.Equal(["completedOn", "maracMeetingOn"], e.Problems.Select(p => p.Field));
    }

    [Fact]
    public void MARAC_actions_fall_due_after_the_meeting_and_complete_once()
    {
        var referral = DashAssessment.Complete(Checklist(20, meeting: Today.AddDays(7)), Today, "Livewell Southwest", "dana.da", null, 0).Referral!;
        var early = Assert.Throws<DomainException>(() => referral.AddAction("Devon and Cornwall Police", "Flag the address", Today));
        Assert.Equal(("dueOn", ErrorCodes.Validation), (Assert.Single(early.Problems).Field, early.Code));
        var action = referral.AddAction("Devon and Cornwall Police", " Flag the address ", Today.AddDays(14));
        Assert.Equal(("Flag the address", referral.Id), (action.Action, action.ReferralId));
        Assert.Same(action, Assert.Single(referral.Actions));

        Assert.Equal("completedOn", Assert.Single(Assert.Throws<DomainException>(() => action.Complete(Today.AddDays(1), Today)).Problems).Field);
        action.Complete(Today, Today);
        Assert.Equal(Today, action.CompletedOn);
        var again = Assert.Throws<DomainException>(() => action.Complete(Today, Today));
        Assert.Equal((ErrorCodes.Conflict, "This action was already completed on 2 March 2026."), (again.Code, again.Message));
    }

    [Fact]
    public void A_routine_enquiry_records_a_disclosure_only_when_asked()
    {
        var enquiry = RoutineEnquiry.Record(null, asked: true, disclosed: true, supportOffered: true, "Livewell Southwest", "pat.practitioner", Today);
        Assert.Equal((Today, true, "Livewell Southwest"), (enquiry.EnquiredOn, enquiry.Disclosed, enquiry.Agency));
        var e = Assert.Throws<DomainException>(() => RoutineEnquiry.Record(Today.AddYears(-1), asked: false, disclosed: true, false, "Livewell Southwest", "pat.practitioner", Today));
        Assert.Equal(["enquiredOn", "disclosed"], e.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_child_has_one_active_hospital_alert_removed_with_a_reason()
    {
        var child = Guid.NewGuid();
        var alert = HospitalAlert.Raise(child, "  ", "dana.da", "Livewell Southwest", Today, active: null);
        Assert.Equal((HospitalAlerts.DefaultReason, Today, (DateOnly?)null), (alert.Reason, alert.RaisedOn, alert.RemovedOn));
        var twice = Assert.Throws<DomainException>(() => HospitalAlert.Raise(child, null, "dana.da", "Livewell Southwest", Today, active: alert));
        Assert.Equal((ErrorCodes.Conflict, "The child already has an active alert, raised on 2 March 2026."), (twice.Code, twice.Message));

        Assert.Equal("reason", Assert.Single(Assert.Throws<DomainException>(() => alert.Remove(" ", Today)).Problems).Field);
        alert.Remove(" Family moved away ", Today);
        Assert.Equal((Today, "Family moved away"), (alert.RemovedOn!.Value, alert.RemovalReason));
    }
}
