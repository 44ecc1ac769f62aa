namespace Safeguarding.Governance.Workforce;

public sealed class EvaluationAnswerInput
{
    public string? Question { get; set; }
    /// <summary>1 to 5.</summary>
    public int Score { get; set; }
}
