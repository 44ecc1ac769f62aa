using GraphQL.Types;

namespace Safeguarding.Neglect.Workstream;

public sealed class RecordChildProtectionPlanInputType : InputObjectGraphType<RecordChildProtectionPlanInput>
{
    public RecordChildProtectionPlanInputType()
    {
        Name = "RecordChildProtectionPlanInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field<NonNullGraphType<EnumerationGraphType<PlanCategory>>>("category");
        Field(x => x.StartedOn);
    }
}
