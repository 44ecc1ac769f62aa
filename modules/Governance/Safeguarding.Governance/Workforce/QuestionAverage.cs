namespace Safeguarding.Governance.Workforce;

/// <summary>One question's mean score on the 1-5 scale over the forms that answered it.</summary>
/// <param name="Average">Mean score on the 1-5 scale, two decimals.</param>
/// <param name="Forms">Evaluation forms that answered it.</param>
/// <param name="Question">The evaluation question.</param>
public sealed record QuestionAverage(string Question, int Forms, decimal Average);
