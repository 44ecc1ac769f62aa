namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddMilestoneInput
{
    public string? ActivityId { get; set; }
    public string? Text { get; set; }
    /// <summary>Within the plan's dates.</summary>
    public DateOnly DueDate { get; set; }
    public string? OwnerPartnerId { get; set; }
    /// <summary>Benefits, planned savings, income generated.</summary>
    public string? Benefits { get; set; }
}
