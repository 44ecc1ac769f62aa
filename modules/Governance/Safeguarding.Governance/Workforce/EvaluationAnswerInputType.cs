namespace Safeguarding.Governance.Workforce;

public sealed class EvaluationAnswerInputType : RecordInputGraphType<EvaluationAnswerInput>
{
    public EvaluationAnswerInputType() : base("TrainingEvaluationAnswerInput")
    {
        Describe(x => x.Score, "1 to 5.");
    }
}
