namespace Safeguarding.Governance.Actions;

public sealed class CompleteActionInput
{
    public string? ActionId { get; set; }
    public string? Evidence { get; set; }
    public DateOnly? CompletedOn { get; set; }
}
