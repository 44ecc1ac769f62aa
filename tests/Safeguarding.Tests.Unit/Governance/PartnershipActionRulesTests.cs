using Safeguarding.Governance.Actions;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>An action a body agrees: due from today to five years ahead, completed once with evidence, never before it was agreed.</summary>
public sealed class PartnershipActionRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static PartnershipAction Agreed() =>
        PartnershipAction.Agree(Guid.NewGuid(), null, " Repeat the neglect audit ", Guid.NewGuid(), Today.AddDays(60), Today, new InputCheck());

    [Fact]
    public void An_agreed_action_is_open_from_today()
    {
        var action = Agreed();
        Assert.Equal(("Repeat the neglect audit", ActionStatus.Open, Today), (action.Title, action.Status, action.CreatedOn));
        Assert.Equal("Plymouth Executive", action.Created("Plymouth Executive").BodyName);
    }

    [Fact]
    public void An_action_cannot_be_due_in_the_past_nor_more_than_five_years_ahead()
    {
        var past = Assert.Throws<DomainException>(() => PartnershipAction.Agree(Guid.NewGuid(), null, "x", Guid.NewGuid(), Today.AddDays(-1), Today, new InputCheck()));
        Assert.Equal(("dueDate", "The due date cannot be in the past (today is 2 March 2026)."), (past.Problems.Single().Field, past.Message));
        var far = Assert.Throws<DomainException>(() => PartnershipAction.Agree(Guid.NewGuid(), null, "", Guid.NewGuid(), Today.AddYears(5).AddDays(1), Today, new InputCheck()));
        Assert.Equal(["title", "dueDate"], far.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Completion_needs_evidence_and_a_day_no_later_than_today()
    {
        var refused = Assert.Throws<DomainException>(() => ActionCompletion.Of(new CompleteActionInput { ActionId = "nope", Evidence = " ", CompletedOn = Today.AddDays(1) }, Today));
        Assert.Equal(["actionId", "evidence", "completedOn"], refused.Problems.Select(p => p.Field));
        var id = Guid.NewGuid();
        Assert.Equal(new ActionCompletion(id, "Report to QADG", Today), ActionCompletion.Of(new CompleteActionInput { ActionId = id.ToString(), Evidence = " Report to QADG " }, Today));
    }

    [Fact]
    public void An_action_is_completed_once_and_not_before_it_was_agreed()
    {
        var action = Agreed();
        var early = Assert.Throws<DomainException>(() => action.Complete(new ActionCompletion(action.Id, "Report", Today.AddDays(-1)), "PSCP Board"));
        Assert.Equal(("completedOn", "An action cannot be completed before it was agreed."), (early.Problems.Single().Field, early.Message));
        Assert.Null(action.CompletedOn);

        var completed = action.Complete(new ActionCompletion(action.Id, "Report", Today), "PSCP Board");
        Assert.Equal((ActionStatus.Completed, "Report", Today), (action.Status, action.CompletionEvidence, action.CompletedOn));
        Assert.Equal(("PSCP Board", Today), (completed.BodyName, completed.CompletedOn));
        var twice = Assert.Throws<DomainException>(() => action.Complete(new ActionCompletion(action.Id, "Again", Today), "PSCP Board"));
        Assert.Equal((ErrorCodes.Conflict, "This action was already completed on 2 March 2026."), (twice.Code, twice.Message));
    }

    [Fact]
    public void An_action_is_announced_overdue_once_marked()
    {
        var action = Agreed();
        var announced = action.AnnounceOverdue(Today.AddDays(61), "PSCP Board");
        Assert.Equal((action.Id, Today.AddDays(61)), (announced.ActionId, action.OverdueAnnouncedOn));
    }
}
