namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>An action agreed at the MARAC for one agency; completed once.</summary>
public sealed class MaracAction
{
    private MaracAction() { }

    public Guid Id { get; private set; }
    public Guid ReferralId { get; private set; }
    /// <summary>The agency that owns it.</summary>
    public string Agency { get; private set; } = "";
    /// <summary>What the agency agreed to do.</summary>
    public string Action { get; private set; } = "";
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueOn { get; private set; }
    /// <summary>The UK day it was completed; null while open.</summary>
    public DateOnly? CompletedOn { get; private set; }

    internal static MaracAction For(Guid referralId, string agency, string action, DateOnly dueOn) =>
        new() { Id = Guid.NewGuid(), ReferralId = referralId, Agency = agency, Action = action, DueOn = dueOn };

    /// <summary>The problems with the day an action was completed, found before the action is looked up.</summary>
    public static InputCheck CheckCompletedOn(InputCheck check, DateOnly completedOn, DateOnly today) =>
        check.Require(completedOn <= today, "completedOn", "The day completed cannot be in the future.");

    /// <summary>The agency completed the action on <paramref name="completedOn"/> (not in the future), once.</summary>
    public void Complete(DateOnly completedOn, DateOnly today)
    {
        if (CompletedOn is { } done) throw DomainException.Conflict($"This action was already completed on {done:d MMMM yyyy}.");
        CheckCompletedOn(new InputCheck(), completedOn, today).ThrowIfInvalid();
        CompletedOn = completedOn;
    }
}
