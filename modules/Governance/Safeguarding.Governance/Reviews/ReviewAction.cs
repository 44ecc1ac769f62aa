using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.Reviews;

/// <summary>An action of a review's action plan: owned by a body, with a start and due date, status and evidence (as a PartnershipAction).</summary>
public sealed class ReviewAction : ITrackedAction
{
    public const int MaxTitleLength = 500;
    /// <summary>An action plan looks at most this many years ahead of an action's start.</summary>
    public const int MaxYearsToDue = 5;

    private ReviewAction() { }

    public Guid Id { get; private set; }
    /// <summary>The review whose action plan it belongs to.</summary>
    public Guid ReviewId { get; private set; }
    /// <summary>What is to be done.</summary>
    public string Title { get; private set; } = "";
    public Guid OwnerBodyId { get; private set; }
    /// <summary>The UK day work on it starts.</summary>
    public DateOnly StartsOn { get; private set; }
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueDate { get; private set; }
    /// <summary>Where it stands.</summary>
    public ActionStatus Status { get; private set; }
    /// <summary>The evidence that it was done; null while open.</summary>
    public string? CompletionEvidence { get; private set; }
    /// <summary>The UK day it was completed; null while open.</summary>
    public DateOnly? CompletedOn { get; private set; }

    public bool IsOverdueOn(DateOnly today) => Status != ActionStatus.Completed && DueDate < today;

    /// <summary>
    /// An open action for a review's plan: a title, and a due date on or after the start and within five years of it.
    /// Problems are added to <paramref name="check"/> with any the caller found, and reported together. Whether the
    /// review takes it (it may not start before the review was opened) is the review's rule: <see cref="LearningReview.AcceptAction"/>.
    /// </summary>
    public static ReviewAction Plan(Guid reviewId, string? title, Guid ownerBodyId, DateOnly startsOn, DateOnly dueDate, InputCheck check)
    {
        check.RequireText(title, "title", "The action's title", MaxTitleLength)
            .Require(dueDate >= startsOn, "dueDate", "The due date cannot be before the start.")
            .Require(dueDate <= startsOn.AddYears(MaxYearsToDue), "dueDate", "The due date must be within five years of the start.")
            .ThrowIfInvalid();
        return new ReviewAction
        {
            Id = Guid.NewGuid(), ReviewId = reviewId, Title = title!.Trim(), OwnerBodyId = ownerBodyId,
            StartsOn = startsOn, DueDate = dueDate, Status = ActionStatus.Open,
        };
    }

    /// <summary>Completes the action with its evidence, never twice nor before it starts.</summary>
    public ReviewActionCompleted Complete(ActionCompletion completion)
    {
        completion.RequireAllowed(Status, CompletedOn, StartsOn, "An action cannot be completed before it starts.");
        Status = ActionStatus.Completed;
        CompletedOn = completion.CompletedOn;
        CompletionEvidence = completion.Evidence;
        return new ReviewActionCompleted(Id, ReviewId, OwnerBodyId, DueDate, completion.CompletedOn);
    }
}
