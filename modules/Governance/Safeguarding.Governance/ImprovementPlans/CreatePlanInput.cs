namespace Safeguarding.Governance.ImprovementPlans;

public sealed class CreatePlanInput
{
    public string? Title { get; set; }
    public string? OwnerPartnerId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}
