using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.Actions;

public enum ActionStatus { Open, InProgress, Completed }

/// <summary>An action a body agreed: who owns it, by when, and the evidence that it was done.</summary>
public sealed class PartnershipAction : ICompletableAction
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid? DecisionId { get; set; }
    public string Title { get; set; } = "";
    public Guid OwnerPartnerId { get; set; }
    public DateOnly CreatedOn { get; set; }
    public DateOnly DueDate { get; set; }
    public ActionStatus Status { get; set; }
    public string? CompletionEvidence { get; set; }
    public DateOnly? CompletedOn { get; set; }
    /// <summary>When the overdue event was published; an action is announced overdue once.</summary>
    public DateOnly? OverdueAnnouncedOn { get; set; }

    /// <summary>The event that announces the action, published in the same save by createAction and by the demo data.</summary>
    public PartnershipActionCreated Created(string bodyName) => new(Id, BodyId, bodyName, OwnerPartnerId, DueDate);

    /// <summary>Overdue: not completed and its due date has passed (due today is not yet overdue).</summary>
    public bool IsOverdueOn(DateOnly today) => Status != ActionStatus.Completed && DueDate < today;
}
