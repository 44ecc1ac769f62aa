namespace Safeguarding.Governance.Workforce;

/// <summary>
/// Evaluation scores for one question of a session on the 1-5 scale, as a number of forms and their average. An
/// individual form is stored as Forms = 1; where only a published summary exists (the seeded Building Support
/// workshops) it is stored as the summary itself. Written once.
/// </summary>
public sealed class EvaluationScore
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }
    public string Question { get; init; } = "";
    public int Forms { get; init; }
    public decimal Average { get; init; }
}
