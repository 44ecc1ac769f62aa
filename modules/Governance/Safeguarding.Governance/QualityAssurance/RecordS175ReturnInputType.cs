using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class RecordS175ReturnInputType : InputObjectGraphType<RecordS175ReturnInput>
{
    public RecordS175ReturnInputType()
    {
        Name = "RecordS175ReturnInput";
        Field(x => x.Year).Description("e.g. 2023/24.");
        Field(x => x.Setting).Description("The school, college or setting.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<S175AnswerInputType>>>>("answers");
    }
}
