namespace Safeguarding.Governance.Workforce;

public sealed class RecordEvaluationInput
{
    public string? SessionId { get; set; }
    public List<EvaluationAnswerInput>? Answers { get; set; }
}
