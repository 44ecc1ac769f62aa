namespace Safeguarding.Governance.QualityAssurance;

/// <param name="Percentage">The percentage of returns answering yes, to two decimals.</param>
/// <param name="PreviousYearPercentage">The same percentage the year before; null when the question was not asked then.</param>
/// <param name="Question">The audit question.</param>
/// <param name="Returns">How many settings answered it.</param>
/// <param name="Yes">How many answered yes.</param>
public sealed record S175QuestionCompliance(string Question, int Yes, int Returns, decimal Percentage, decimal? PreviousYearPercentage)
{
    /// <summary>Percentage points, this year minus the previous year.</summary>
    public decimal? Change => PreviousYearPercentage is { } p ? Percentage - p : null;
}
