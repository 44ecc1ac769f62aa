namespace Safeguarding.Governance.Workforce;

/// <summary>One question's mean score on the 1-5 scale over the forms that answered it.</summary>
public sealed record QuestionAverage(string Question, int Forms, decimal Average);
