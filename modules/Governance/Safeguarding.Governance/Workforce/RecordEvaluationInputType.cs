namespace Safeguarding.Governance.Workforce;

public sealed class RecordEvaluationInputType : RecordInputGraphType<RecordEvaluationInput>
{
    public RecordEvaluationInputType() : base("RecordTrainingEvaluationInput")
    {
        Reference(x => x.SessionId, required: true);
        Required<EvaluationAnswerInputType>(x => x.Answers);
    }
}
