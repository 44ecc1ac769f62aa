namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>An action of one version of a plan: what, which agency owns it, by when, and when it was done.</summary>
public sealed class SafetyPlanAction
{
    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public string Action { get; set; } = "";
    public string OwnerAgency { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
