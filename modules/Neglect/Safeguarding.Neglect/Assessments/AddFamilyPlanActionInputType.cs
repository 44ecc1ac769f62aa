using GraphQL.Types;

namespace Safeguarding.Neglect.Assessments;

public sealed class AddFamilyPlanActionInputType : InputObjectGraphType<AddFamilyPlanActionInput>
{
    public AddFamilyPlanActionInputType()
    {
        Name = "AddFamilyPlanActionInput";
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Description("A completed assessment.");
        Field(x => x.AreaCode).Description("An area graded 4 or 5 in that assessment, e.g. \"PC\".");
        Field(x => x.Action);
        Field(x => x.Owner).Description("Who will do it: the carer, or a practitioner or agency.");
        Field(x => x.ReviewOn);
    }
}
