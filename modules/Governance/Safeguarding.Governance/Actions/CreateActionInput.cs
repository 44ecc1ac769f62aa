namespace Safeguarding.Governance.Actions;

public sealed class CreateActionInput
{
    /// <summary>The body that agreed the action.</summary>
    public string? BodyId { get; set; }
    /// <summary>What is to be done.</summary>
    public string? Title { get; set; }
    /// <summary>The partner that owns the action.</summary>
    public string? OwnerPartnerId { get; set; }
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueDate { get; set; }
    /// <summary>The decision the action comes from, if any.</summary>
    public string? DecisionId { get; set; }
}
