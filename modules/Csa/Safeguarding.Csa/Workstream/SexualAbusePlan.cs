namespace Safeguarding.Csa.Workstream;

/// <summary>
/// A child protection plan for sexual abuse, as Neglect announced it (ChildProtectionPlanStarted/Ended with category
/// SEXUAL). Neglect holds every plan; this is the workstream's read model of the sexual abuse ones.
/// </summary>
public sealed class SexualAbusePlan
{
    /// <summary>The plan's id in the Neglect module, which records plans.</summary>
    public Guid PlanId { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>The UK day the plan started.</summary>
    public DateOnly StartedOn { get; set; }
    /// <summary>The UK day the plan ended; null while open.</summary>
    public DateOnly? EndedOn { get; set; }
}
