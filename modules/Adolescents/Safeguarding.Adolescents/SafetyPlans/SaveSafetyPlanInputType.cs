using GraphQL.Types;

namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SaveSafetyPlanInputType : InputObjectGraphType<SaveSafetyPlanInput>
{
    public SaveSafetyPlanInputType()
    {
        Name = "SaveAdolescentSafetyPlanInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId");
        Field(x => x.ReviewOn).Description("The next review (today to a year ahead).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanRiskInputType>>>>("risks");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanActionInputType>>>>("actions");
    }
}
