namespace Safeguarding.Governance.ImprovementPlans;

public sealed class CreatePlanInput
{
    /// <summary>The plan's title.</summary>
    public string? Title { get; set; }
    /// <summary>The partner agency that owns the plan, by its id.</summary>
    public string? OwnerPartnerId { get; set; }
    /// <summary>The UK day the plan starts.</summary>
    public DateOnly StartsOn { get; set; }
    /// <summary>The UK day the plan ends.</summary>
    public DateOnly EndsOn { get; set; }
}
