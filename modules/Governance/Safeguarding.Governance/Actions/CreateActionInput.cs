namespace Safeguarding.Governance.Actions;

public sealed class CreateActionInput
{
    public string? BodyId { get; set; }
    public string? Title { get; set; }
    public string? OwnerPartnerId { get; set; }
    public DateOnly DueDate { get; set; }
    public string? DecisionId { get; set; }
}
