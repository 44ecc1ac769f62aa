using Safeguarding.Governance.QualityAssurance;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>A multi-agency case audit: planned with two agencies or more, graded agency by agency, completed once all are graded.</summary>
public sealed class CaseAuditRulesTests
{
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CaseAudit Planned() => CaseAudit.Plan(" Neglect chronologies ", "2025/26 Q3", [Police, Council], null, new InputCheck());

    private static AuditGrading Grading(CaseAudit audit, Guid partner, AuditGrade grade) => new(audit.Id, partner, grade, "Chronology kept");

    [Fact]
    public void An_audit_needs_a_topic_a_quarter_and_two_different_agencies()
    {
        var audit = Planned();
        Assert.Equal(("Neglect chronologies", "2025/26 Q3"), (audit.Topic, audit.Quarter));
        Assert.Equal([Police, Council], audit.Agencies.Select(a => a.PartnerId));
        var refused = Assert.Throws<DomainException>(() => CaseAudit.Plan("", "Q3 2025", [Police, Police], null, new InputCheck()));
        Assert.Equal(["topic", "quarter", "agencyPartnerIds", "agencyPartnerIds"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Only_an_agency_taking_part_is_graded_and_only_until_the_audit_is_completed()
    {
        var audit = Planned();
        Assert.Equal(ErrorCodes.NotFound, Assert.Throws<DomainException>(() => audit.Grade(Grading(audit, Guid.NewGuid(), AuditGrade.Good))).Code);
        audit.Grade(Grading(audit, Police, AuditGrade.Good));
        var ungraded = Assert.Throws<DomainException>(() => audit.Complete(Today));
        Assert.Equal(("CONFLICT", "1 of 2 agencies are not yet graded."), (ungraded.Code, ungraded.Message));

        audit.Grade(Grading(audit, Council, AuditGrade.Inadequate));
        var completed = audit.Complete(Today);
        Assert.Equal((1, 0, 1), (completed.GradedGood, completed.GradedRequiresImprovement, completed.GradedInadequate));
        Assert.Equal("This audit is completed; its grades are final.", Assert.Throws<DomainException>(() => audit.Grade(Grading(audit, Police, AuditGrade.Inadequate))).Message);
        Assert.Equal("This audit was already completed on 2 March 2026.", Assert.Throws<DomainException>(() => audit.Complete(Today)).Message);
    }

    [Fact]
    public void Only_a_completed_audit_is_repeated_and_only_a_repeat_is_compared()
    {
        var earlier = Planned();
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(earlier.RequireCompletedForRepeat).Code);
        Assert.Equal("This audit does not repeat an earlier one.", Assert.Throws<DomainException>(() => earlier.RequireRepeatedAudit()).Message);
        var repeat = CaseAudit.Plan("Neglect chronologies", "2026/27 Q1", [Police, Council], earlier.Id, new InputCheck());
        Assert.Equal(earlier.Id, repeat.RequireRepeatedAudit());
    }

    [Fact]
    public void A_grading_needs_a_known_grade_and_a_finding()
    {
        var refused = Assert.Throws<DomainException>(() => AuditGrading.Of(new GradeCaseAuditAgencyInput { AuditId = Guid.NewGuid().ToString(), PartnerId = "x", Grade = (AuditGrade)7, Finding = " " }));
        Assert.Equal(["partnerId", "grade", "finding"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_school_return_answers_each_question_once()
    {
        var answers = SchoolAuditAnswer.Return("2024/25", " Setting 001 ", [new S175AnswerInput { Question = " Q1 ", Answer = true }, new S175AnswerInput { Question = "Q2" }]);
        Assert.Equal([("Setting 001", "Q1", true), ("Setting 001", "Q2", false)], answers.Select(a => (a.Setting, a.Question, a.Answer)));
        var refused = Assert.Throws<DomainException>(() => SchoolAuditAnswer.Return("2024", "x", [new S175AnswerInput { Question = "Q1" }, new S175AnswerInput { Question = "Q1 " }]));
        Assert.Equal(["year", "answers"], refused.Problems.Select(p => p.Field));
    }
}
