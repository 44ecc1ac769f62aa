namespace Safeguarding.Governance.Actions;

/// <summary>
/// The one rule for completing an action, a body's (<see cref="PartnershipAction"/>) or a learning review's: evidence
/// required, not in the future, not twice, not before the action began. <see cref="Of"/> checks what was asked before
/// anything is read; the action applies it with its own earliest day.
/// </summary>
public sealed record ActionCompletion(Guid ActionId, string Evidence, DateOnly CompletedOn)
{
    public const int MaxEvidenceLength = 4000;

    /// <summary>The completion asked for: the action, its evidence (trimmed) and the day, today unless given and never later.</summary>
    public static ActionCompletion Of(CompleteActionInput input, DateOnly today)
    {
        var completedOn = input.CompletedOn ?? today;
        var check = new InputCheck();
        var actionId = check.ParseId(input.ActionId, "actionId", "The action");
        check.RequireText(input.Evidence, "evidence", "Evidence of completion", MaxEvidenceLength)
            .Require(completedOn <= today, "completedOn", "An action cannot be completed on a future date.")
            .ThrowIfInvalid();
        return new ActionCompletion(actionId, input.Evidence!.Trim(), completedOn);
    }

    /// <summary>
    /// Refuses to complete an action already completed (<paramref name="status"/>, on <paramref name="completedBefore"/>),
    /// or on a day before <paramref name="earliest"/>, when <paramref name="tooEarly"/> says why.
    /// </summary>
    public void RequireAllowed(ActionStatus status, DateOnly? completedBefore, DateOnly earliest, string tooEarly)
    {
        if (status == ActionStatus.Completed) throw DomainException.Conflict($"This action was already completed on {completedBefore:d MMMM yyyy}.");
        if (CompletedOn < earliest) throw DomainException.Invalid("completedOn", tooEarly);
    }
}
