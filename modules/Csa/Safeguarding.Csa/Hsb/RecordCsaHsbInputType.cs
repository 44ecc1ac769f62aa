using GraphQL.Types;
using Safeguarding.Csa.Support;

namespace Safeguarding.Csa.Hsb;

public sealed class RecordCsaHsbInputType : InputObjectGraphType<RecordCsaHsbInput>
{
    public RecordCsaHsbInputType()
    {
        Name = "RecordCsaHarmfulSexualBehaviourInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The child whose behaviour it was, registered in the subject registry.");
        Field(x => x.OccurredOn);
        Field<NonNullGraphType<EnumerationGraphType<HsbGrade>>>("grade").Description("GREEN, AMBER or RED (the traffic-light approach).");
        Field(x => x.Behaviour).Description("What happened, briefly.");
        Field(x => x.Response).Description("The response taken.");
        Field<CsaSupportReferralInputType>("referral").Description("The referral made in response. Required for RED.");
    }
}
