namespace Safeguarding.Governance.QualityAssurance;

/// <summary>How the year's self-assessments rated one standard: counts, and the share met to two decimals.</summary>
/// <param name="PercentMet">Share of the year's self-assessments rating the standard met, to two decimals.</param>
/// <param name="Heading">The standard's heading.</param>
/// <param name="Met">Agencies that rated it met.</param>
/// <param name="NotMet">Agencies that rated it not met.</param>
/// <param name="PartiallyMet">Agencies that rated it partly met.</param>
/// <param name="Standard">The standard's code, e.g. "S11.1".</param>
public sealed record Section11StandardCompliance(string Standard, string Heading, int Met, int PartiallyMet, int NotMet, decimal PercentMet)
{
    /// <summary>Every standard, in order, as <paramref name="assessments"/> rated it (0% met where none rated it).</summary>
    public static IReadOnlyList<Section11StandardCompliance> Of(IReadOnlyList<Section11SelfAssessment> assessments) =>
        Section11Standards.All.Select(s =>
        {
            var ratings = assessments.SelectMany(a => a.Ratings).Where(r => r.Standard == s.Code).ToList();
            int Count(Section11Rating rating) => ratings.Count(r => r.Rating == rating);
            var percent = ratings.Count == 0 ? 0 : decimal.Round(Count(Section11Rating.Met) * 100m / ratings.Count, 2, MidpointRounding.AwayFromZero);
            return new Section11StandardCompliance(s.Code, s.Heading, Count(Section11Rating.Met), Count(Section11Rating.PartiallyMet), Count(Section11Rating.NotMet), percent);
        }).ToList();
}
