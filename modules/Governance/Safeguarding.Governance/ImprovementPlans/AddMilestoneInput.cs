namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddMilestoneInput
{
    public string? ActivityId { get; set; }
    public string? Text { get; set; }
    public DateOnly DueDate { get; set; }
    public string? OwnerPartnerId { get; set; }
    public string? Benefits { get; set; }
}
