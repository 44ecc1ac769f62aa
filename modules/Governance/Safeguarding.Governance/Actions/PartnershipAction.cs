using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.Actions;

/// <summary>
/// An action a body agreed: who owns it, by when, and the evidence that it was done. Agreed through <see cref="Agree"/>
/// and completed through <see cref="Complete"/>; what it was agreed as is fixed once made (the published report's
/// actions are written as the report records them, with their own dates and status).
/// </summary>
public sealed class PartnershipAction : ITrackedAction
{
    public const int MaxTitleLength = 500;
    /// <summary>An action is due at most this many years ahead.</summary>
    public const int MaxYearsToDue = 5;

    public Guid Id { get; init; }
    public Guid BodyId { get; init; }
    public Guid? DecisionId { get; init; }
    /// <summary>What is to be done.</summary>
    public string Title { get; init; } = "";
    public Guid OwnerPartnerId { get; init; }
    /// <summary>The UK day it was agreed.</summary>
    public DateOnly CreatedOn { get; init; }
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueDate { get; init; }
    /// <summary>
    /// Open, in progress or completed.
    /// </summary>
    /// <remarks>
    /// The module sets it only through <see cref="Agree"/>, <see cref="AsReported"/> and <see cref="Complete"/> (which keeps
    /// the evidence and the day with it). The setter is internal, not private, only so that the unit tests of the overdue
    /// rule can build an action in each state in memory.
    /// </remarks>
    public ActionStatus Status { get; internal set; }
    /// <summary>What shows the action was done.</summary>
    public string? CompletionEvidence { get; private set; }
    /// <summary>The UK day it was completed; null while open.</summary>
    public DateOnly? CompletedOn { get; private set; }
    /// <summary>When the overdue event was published; an action is announced overdue once.</summary>
    public DateOnly? OverdueAnnouncedOn { get; private set; }

    /// <summary>
    /// An open action agreed today by a body: a title, an owner, and a due date from today to five years ahead.
    /// Problems are added to <paramref name="check"/>, which already holds any the caller found while reading the input
    /// (the ids), and reported together.
    /// </summary>
    public static PartnershipAction Agree(Guid bodyId, Guid? decisionId, string? title, Guid ownerPartnerId, DateOnly dueDate, DateOnly today, InputCheck check)
    {
        check.RequireText(title, "title", "The action's title", MaxTitleLength)
            .Require(dueDate >= today, "dueDate", $"The due date cannot be in the past (today is {today:d MMMM yyyy}).")
            .Require(dueDate <= today.AddYears(MaxYearsToDue), "dueDate", "The due date must be within five years.")
            .ThrowIfInvalid();
        return new PartnershipAction
        {
            Id = Guid.NewGuid(), BodyId = bodyId, DecisionId = decisionId, Title = title!.Trim(), OwnerPartnerId = ownerPartnerId,
            CreatedOn = today, DueDate = dueDate, Status = ActionStatus.Open,
        };
    }

    /// <summary>
    /// An action as a published report records it (the independent scrutineer's judgement in the demo data): agreed on
    /// its own day, open or in progress. A completed one would need its evidence, which a report does not give.
    /// </summary>
    internal static PartnershipAction AsReported(Guid bodyId, string title, Guid ownerPartnerId, DateOnly createdOn, DateOnly dueDate, ActionStatus status)
    {
        if (status == ActionStatus.Completed) throw new ArgumentOutOfRangeException(nameof(status), "A reported action is completed through Complete, with its evidence.");
        return new PartnershipAction
        {
            Id = Guid.NewGuid(), BodyId = bodyId, Title = title, OwnerPartnerId = ownerPartnerId, CreatedOn = createdOn, DueDate = dueDate, Status = status,
        };
    }

    /// <summary>The event that announces the action, published in the same save by createAction and by the demo data.</summary>
    public PartnershipActionCreated Created(string bodyName) => new(Id, BodyId, bodyName, OwnerPartnerId, DueDate);

    /// <summary>Completes the action with its evidence, never twice nor before it was agreed; <paramref name="bodyName"/> is the agreeing body's, for the event.</summary>
    public PartnershipActionCompleted Complete(ActionCompletion completion, string bodyName)
    {
        completion.RequireAllowed(Status, CompletedOn, CreatedOn, "An action cannot be completed before it was agreed.");
        Status = ActionStatus.Completed;
        CompletedOn = completion.CompletedOn;
        CompletionEvidence = completion.Evidence;
        return new PartnershipActionCompleted(Id, BodyId, bodyName, DueDate, completion.CompletedOn);
    }

    /// <summary>Marks the action announced overdue on <paramref name="today"/>; announced once, by the overdue sweep.</summary>
    public PartnershipActionBecameOverdue AnnounceOverdue(DateOnly today, string bodyName)
    {
        OverdueAnnouncedOn = today;
        return new PartnershipActionBecameOverdue(Id, BodyId, bodyName, OwnerPartnerId, DueDate);
    }

    /// <summary>Overdue: not completed and its due date has passed (due today is not yet overdue).</summary>
    public bool IsOverdueOn(DateOnly today) => Status != ActionStatus.Completed && DueDate < today;
}
