using GraphQL.Types;

namespace Safeguarding.Governance.Voice;

public sealed class RecordScorecardReviewInputType : InputObjectGraphType<RecordScorecardReviewInput>
{
    public RecordScorecardReviewInputType()
    {
        Name = "RecordYoungSafeguardersReviewInput";
        Field(x => x.Quarter).Description("e.g. 2023/24 Q2.");
        Field(x => x.ReviewedOn);
        Field(x => x.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recommendations");
    }
}
