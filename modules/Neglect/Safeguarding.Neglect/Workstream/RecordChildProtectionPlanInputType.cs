namespace Safeguarding.Neglect.Workstream;

public sealed class RecordChildProtectionPlanInputType : RecordInputGraphType<RecordChildProtectionPlanInput>
{
    public RecordChildProtectionPlanInputType() : base("RecordChildProtectionPlanInput") =>
        Reference(x => x.SubjectId, required: true);
}
