namespace Safeguarding.Governance.Workforce;

public sealed class EvaluationAnswerInput
{
    /// <summary>The evaluation question, as asked.</summary>
    public string? Question { get; set; }
    /// <summary>1 to 5.</summary>
    public int Score { get; set; }
}
