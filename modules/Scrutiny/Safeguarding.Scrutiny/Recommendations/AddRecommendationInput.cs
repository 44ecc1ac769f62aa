namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInput
{
    /// <summary>The financial year of the judgement, e.g. 2024/25.</summary>
    public string? Year { get; set; }
    /// <summary>The theme of the scrutineer's judgement it belongs to.</summary>
    public ScrutinyTheme Theme { get; set; }
    /// <summary>Whether it is a recommendation, an area to monitor or a strength.</summary>
    public RecommendationKind Kind { get; set; }
    /// <summary>The recommendation, as the scrutineer words it.</summary>
    public string? Text { get; set; }
    /// <summary>What the scrutineer found that leads to it.</summary>
    public string? Finding { get; set; }
}
