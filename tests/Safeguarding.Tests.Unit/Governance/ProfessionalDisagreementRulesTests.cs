using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.CaseResolution;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>The case resolution protocol's rules: each stage's working-day deadline, the order of the stages, and that a resolved disagreement stays resolved.</summary>
public sealed class ProfessionalDisagreementRulesTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidays.WithPublishedHistory);
    private static readonly DateOnly Today = new(2025, 3, 31);
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();

    // Monday 6 January 2025.
    private static ProfessionalDisagreement Raised() =>
        ProfessionalDisagreement.Raise(Council, Police, " Threshold for a strategy discussion ", new DateOnly(2025, 1, 6), Today, Calendar);

    [Fact]
    public void A_disagreement_starts_at_the_practitioner_stage_due_five_working_days_later()
    {
        var disagreement = Raised();
        Assert.Equal(("Threshold for a strategy discussion", EscalationStage.Practitioner, new DateOnly(2025, 1, 13)),
            (disagreement.Summary, disagreement.Stage, disagreement.StageDueOn));
        var step = Assert.Single(disagreement.Steps);
        Assert.Equal((1, "RAISED", new DateOnly(2025, 1, 13)), (step.Sequence, step.Change, step.DueOn));
        Assert.Equal(("Practitioner", new DateOnly(2025, 1, 13)), (disagreement.Raised().Stage, disagreement.Raised().StageDueOn));
        Assert.True(disagreement.IsOverdueOn(new DateOnly(2025, 1, 14)));
        Assert.False(disagreement.IsOverdueOn(new DateOnly(2025, 1, 13)));
    }

    [Fact]
    public void Every_problem_with_raising_one_is_reported_at_once()
    {
        var refused = Assert.Throws<DomainException>(() => ProfessionalDisagreement.Raise(Council, Council, " ", Today.AddDays(1), Today, Calendar));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal(["summary", "raisedOn", "againstPartnerId"], refused.Problems.Select(p => p.Field));
        Assert.Equal("An agency cannot disagree with itself.", refused.Problems.Last().Message);

        var outside = Assert.Throws<DomainException>(() => ProfessionalDisagreement.Raise(Council, Police, "Threshold", new DateOnly(1990, 1, 1), Today, Calendar));
        Assert.Equal("raisedOn", outside.Problems.Single().Field);
    }

    [Fact]
    public void It_escalates_stage_by_stage_with_each_stage_s_time_limit_and_no_further_than_the_partnership()
    {
        var disagreement = Raised();
        var (manager, escalated) = disagreement.Escalate(new DateOnly(2025, 1, 13), " Practitioners could not agree. ", Today, Calendar);
        Assert.Equal((EscalationStage.Manager, new DateOnly(2025, 1, 13), new DateOnly(2025, 1, 20)), (disagreement.Stage, disagreement.StageStartedOn, disagreement.StageDueOn));
        Assert.Equal((2, "ESCALATED", "Practitioners could not agree."), (manager.Sequence, manager.Change, manager.Note));
        Assert.Equal(("Practitioner", "Manager"), (escalated.FromStage, escalated.ToStage));

        disagreement.Escalate(new DateOnly(2025, 1, 20), "Managers could not agree.", Today, Calendar);
        Assert.Equal((EscalationStage.SeniorManager, new DateOnly(2025, 2, 3)), (disagreement.Stage, disagreement.StageDueOn));
        var (partnership, _) = disagreement.Escalate(new DateOnly(2025, 2, 3), "Senior managers could not agree.", Today, Calendar);
        Assert.Equal((EscalationStage.Partnership, 4), (disagreement.Stage, partnership.Sequence));

        var last = Assert.Throws<DomainException>(() => disagreement.Escalate(new DateOnly(2025, 2, 4), "Still no agreement.", Today, Calendar));
        Assert.Equal((ErrorCodes.Conflict, "This disagreement is already at the PARTNERSHIP stage, the last one; it can only be resolved."), (last.Code, last.Message));
    }

    [Fact]
    public void A_resolved_disagreement_moves_no_further_and_nothing_moves_before_its_stage_started()
    {
        var disagreement = Raised();
        var early = Assert.Throws<DomainException>(() => disagreement.Resolve(new DateOnly(2025, 1, 5), "Agreed.", Today));
        Assert.Equal(("on", "The date cannot be before the current stage started."), (early.Problems.Single().Field, early.Message));

        var (step, resolved) = disagreement.Resolve(new DateOnly(2025, 1, 8), " Strategy discussion held. ", Today);
        Assert.Equal((new DateOnly(2025, 1, 8), "Strategy discussion held."), (disagreement.ResolvedOn, disagreement.Resolution));
        Assert.Equal((2, "RESOLVED", (DateOnly?)null), (step.Sequence, step.Change, step.DueOn));
        Assert.Equal(("Practitioner", new DateOnly(2025, 1, 6)), (resolved.Stage, resolved.RaisedOn));
        Assert.False(disagreement.IsOverdueOn(Today));

        var again = Assert.Throws<DomainException>(() => disagreement.Escalate(new DateOnly(2025, 1, 9), "Reopened.", Today, Calendar));
        Assert.Equal((ErrorCodes.Conflict, "This disagreement was resolved on 8 January 2025."), (again.Code, again.Message));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => disagreement.Resolve(new DateOnly(2025, 1, 9), "Again.", Today)).Code);
    }

    [Fact]
    public void A_move_needs_a_note_and_a_day_that_has_come()
    {
        var refused = Assert.Throws<DomainException>(() => Raised().Escalate(Today.AddDays(1), "", Today, Calendar));
        Assert.Equal(["note", "on"], refused.Problems.Select(p => p.Field));
    }
}
