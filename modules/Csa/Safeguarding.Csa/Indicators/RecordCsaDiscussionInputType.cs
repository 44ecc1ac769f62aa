using GraphQL.Types;

namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaDiscussionInputType : InputObjectGraphType<RecordCsaDiscussionInput>
{
    public RecordCsaDiscussionInputType()
    {
        Name = "RecordCsaDiscussionInput";
        Field<NonNullGraphType<IdGraphType>>("flagId");
        Field(x => x.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("agencies").Description("The agencies that took part: at least two.");
        Field(x => x.Outcome).Description("What was agreed.");
    }
}
