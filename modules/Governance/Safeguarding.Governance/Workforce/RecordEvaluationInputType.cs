using GraphQL.Types;

namespace Safeguarding.Governance.Workforce;

public sealed class RecordEvaluationInputType : InputObjectGraphType<RecordEvaluationInput>
{
    public RecordEvaluationInputType()
    {
        Name = "RecordTrainingEvaluationInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvaluationAnswerInputType>>>>("answers");
    }
}
