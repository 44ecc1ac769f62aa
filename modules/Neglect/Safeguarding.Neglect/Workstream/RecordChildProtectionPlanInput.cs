namespace Safeguarding.Neglect.Workstream;

public sealed class RecordChildProtectionPlanInput
{
    public string? SubjectId { get; set; }
    public PlanCategory Category { get; set; }
    public DateOnly StartedOn { get; set; }
}
