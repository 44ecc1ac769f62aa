namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInput
{
    /// <summary>The financial year of the judgement, e.g. 2024/25.</summary>
    public string? Year { get; set; }
    public ScrutinyTheme Theme { get; set; }
    public RecommendationKind Kind { get; set; }
    public string? Text { get; set; }
    public string? Finding { get; set; }
}
