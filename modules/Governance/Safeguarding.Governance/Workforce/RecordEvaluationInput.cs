namespace Safeguarding.Governance.Workforce;

public sealed class RecordEvaluationInput
{
    /// <summary>The session evaluated, by its id.</summary>
    public string? SessionId { get; set; }
    /// <summary>The attendee's answer to each evaluation question.</summary>
    public List<EvaluationAnswerInput>? Answers { get; set; }
}
