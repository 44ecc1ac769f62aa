namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddMilestoneInput
{
    /// <summary>The activity the milestone belongs to, by its id.</summary>
    public string? ActivityId { get; set; }
    /// <summary>What the milestone is.</summary>
    public string? Text { get; set; }
    /// <summary>Within the plan's dates.</summary>
    public DateOnly DueDate { get; set; }
    /// <summary>The partner agency responsible for it, by its id.</summary>
    public string? OwnerPartnerId { get; set; }
    /// <summary>Benefits, planned savings, income generated.</summary>
    public string? Benefits { get; set; }
}
