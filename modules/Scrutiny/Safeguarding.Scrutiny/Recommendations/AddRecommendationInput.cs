namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInput
{
    public string? Year { get; set; }
    public ScrutinyTheme Theme { get; set; }
    public RecommendationKind Kind { get; set; }
    public string? Text { get; set; }
    public string? Finding { get; set; }
}
