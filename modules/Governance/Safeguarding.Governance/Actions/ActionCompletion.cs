using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Actions;

/// <summary>An action that is completed with evidence: a body's action or a learning review's.</summary>
public interface ICompletableAction
{
    ActionStatus Status { get; set; }
    DateOnly? CompletedOn { get; set; }
    string? CompletionEvidence { get; set; }
}

/// <summary>The one rule for completing an action: evidence required, not in the future, not twice, not before it began.</summary>
internal static class ActionCompletion
{
    /// <summary>Validates the input before anything is read; returns the action's id and the completion date.</summary>
    public static (Guid ActionId, DateOnly CompletedOn) Check(CompleteActionInput input, DateOnly today)
    {
        var completedOn = input.CompletedOn ?? today;
        var check = new InputCheck();
        var actionId = check.ParseId(input.ActionId, "actionId", "The action");
        check.RequireText(input.Evidence, "evidence", "Evidence of completion", 4000)
            .Require(completedOn <= today, "completedOn", "An action cannot be completed on a future date.")
            .ThrowIfInvalid();
        return (actionId, completedOn);
    }

    /// <param name="earliest">The first day the action can have been completed, with the message when it is earlier.</param>
    public static void Complete(ICompletableAction action, CompleteActionInput input, DateOnly completedOn, (DateOnly Day, string Message) earliest)
    {
        if (action.Status == ActionStatus.Completed)
            throw PartnershipError.Conflict($"This action was already completed on {action.CompletedOn:d MMMM yyyy}.");
        if (completedOn < earliest.Day) throw PartnershipError.Invalid("completedOn", earliest.Message);
        action.Status = ActionStatus.Completed;
        action.CompletedOn = completedOn;
        action.CompletionEvidence = input.Evidence!.Trim();
    }
}
