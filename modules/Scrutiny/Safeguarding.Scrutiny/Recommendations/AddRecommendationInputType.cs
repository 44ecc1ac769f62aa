namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInputType : RecordInputGraphType<AddRecommendationInput>
{
    public AddRecommendationInputType() : base("AddScrutinyRecommendationInput")
    {
        ShownAs<ScrutinyThemeGraphType>(x => x.Theme);
        ShownAs<RecommendationKindGraphType>(x => x.Kind);
        AsFinancialYear(x => x.Year);
    }
}
