namespace Safeguarding.Governance.Actions;

public sealed class CompleteActionInput
{
    /// <summary>The action, by its id.</summary>
    public string? ActionId { get; set; }
    /// <summary>What shows the action was done (required).</summary>
    public string? Evidence { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? CompletedOn { get; set; }
}
