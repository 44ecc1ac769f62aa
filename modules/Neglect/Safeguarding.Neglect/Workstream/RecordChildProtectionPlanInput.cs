namespace Safeguarding.Neglect.Workstream;

public sealed class RecordChildProtectionPlanInput
{
    /// <summary>A child registered in the subject registry.</summary>
    public string? SubjectId { get; set; }
    public PlanCategory Category { get; set; }
    public DateOnly StartedOn { get; set; }
}
