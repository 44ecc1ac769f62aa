namespace Safeguarding.Csa.Workstream;

/// <summary>
/// A child protection plan for sexual abuse, as Neglect announced it (ChildProtectionPlanStarted/Ended with category
/// SEXUAL). Neglect holds every plan; this is the workstream's read model of the sexual abuse ones.
/// </summary>
public sealed class SexualAbusePlan
{
    public Guid PlanId { get; set; }
    public Guid SubjectId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
}
