namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddActivityInput
{
    public string? PlanId { get; set; }
    public string? Outcome { get; set; }
    public string? Number { get; set; }
    public string? Text { get; set; }
    public string? Support { get; set; }
}
