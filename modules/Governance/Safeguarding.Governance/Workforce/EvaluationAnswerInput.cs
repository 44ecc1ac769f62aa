namespace Safeguarding.Governance.Workforce;

public sealed class EvaluationAnswerInput
{
    public string? Question { get; set; }
    public int Score { get; set; }
}
