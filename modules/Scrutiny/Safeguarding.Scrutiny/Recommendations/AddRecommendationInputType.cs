namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInputType : RecordInputGraphType<AddRecommendationInput>
{
    public AddRecommendationInputType() : base("AddScrutinyRecommendationInput")
    {
        Describe(x => x.Year, "The financial year of the judgement, e.g. 2024/25.");
        ShownAs<ScrutinyThemeGraphType>(x => x.Theme);
        ShownAs<RecommendationKindGraphType>(x => x.Kind);
    }
}
