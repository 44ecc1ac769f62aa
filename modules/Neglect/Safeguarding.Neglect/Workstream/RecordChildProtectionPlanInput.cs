namespace Safeguarding.Neglect.Workstream;

public sealed class RecordChildProtectionPlanInput
{
    /// <summary>A child registered in the subject registry.</summary>
    public string? SubjectId { get; set; }
    /// <summary>The plan's category of abuse.</summary>
    public PlanCategory Category { get; set; }
    /// <summary>The UK day it started.</summary>
    public DateOnly StartedOn { get; set; }
}
