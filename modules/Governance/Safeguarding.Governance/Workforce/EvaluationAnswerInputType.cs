using GraphQL.Types;

namespace Safeguarding.Governance.Workforce;

public sealed class EvaluationAnswerInputType : InputObjectGraphType<EvaluationAnswerInput>
{
    public EvaluationAnswerInputType()
    {
        Name = "TrainingEvaluationAnswerInput";
        Field(x => x.Question);
        Field(x => x.Score).Description("1 to 5.");
    }
}
