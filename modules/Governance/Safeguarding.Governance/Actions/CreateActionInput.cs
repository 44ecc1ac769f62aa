namespace Safeguarding.Governance.Actions;

public sealed class CreateActionInput
{
    /// <summary>The body that agreed the action.</summary>
    public string? BodyId { get; set; }
    public string? Title { get; set; }
    /// <summary>The partner that owns the action.</summary>
    public string? OwnerPartnerId { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>The decision the action comes from, if any.</summary>
    public string? DecisionId { get; set; }
}
