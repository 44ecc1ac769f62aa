namespace Safeguarding.Governance.QualityAssurance;

public sealed record S175QuestionCompliance(string Question, int Yes, int Returns, decimal Percentage, decimal? PreviousYearPercentage)
{
    /// <summary>Percentage points, this year minus the previous year.</summary>
    public decimal? Change => PreviousYearPercentage is { } p ? Percentage - p : null;
}
