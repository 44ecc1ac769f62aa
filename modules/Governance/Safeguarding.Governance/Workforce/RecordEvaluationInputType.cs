namespace Safeguarding.Governance.Workforce;

public sealed class RecordEvaluationInputType : RecordInputGraphType<RecordEvaluationInput>
{
    public RecordEvaluationInputType() : base("RecordTrainingEvaluationInput")
    {
        Reference(x => x.SessionId, required: true);
        ShownAs<EvaluationAnswerInputType>(x => x.Answers);
        Required(x => x.Answers);
    }
}
