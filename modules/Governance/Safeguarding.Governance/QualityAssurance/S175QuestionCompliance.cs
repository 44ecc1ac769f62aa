namespace Safeguarding.Governance.QualityAssurance;

public sealed record S175QuestionCompliance(string Question, int Yes, int Returns, decimal Percentage, decimal? PreviousYearPercentage)
{
    public decimal? Change => PreviousYearPercentage is { } p ? Percentage - p : null;
}
