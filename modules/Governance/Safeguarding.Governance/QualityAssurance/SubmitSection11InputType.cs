using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class SubmitSection11InputType : InputObjectGraphType<SubmitSection11Input>
{
    public SubmitSection11InputType()
    {
        Name = "SubmitSection11SelfAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field(x => x.Year);
        Field(x => x.SubmittedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11RatingInputType>>>>("ratings");
    }
}
