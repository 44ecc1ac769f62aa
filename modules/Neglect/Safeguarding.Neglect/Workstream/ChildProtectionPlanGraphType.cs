using GraphQL.Types;

namespace Safeguarding.Neglect.Workstream;

public sealed class ChildProtectionPlanGraphType : ObjectGraphType<ChildProtectionPlan>
{
    public ChildProtectionPlanGraphType()
    {
        Name = "ChildProtectionPlan";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<EnumerationGraphType<PlanCategory>>>("category").Resolve(c => c.Source.Category);
        Field(x => x.StartedOn);
        Field(x => x.EndedOn, nullable: true);
    }
}
