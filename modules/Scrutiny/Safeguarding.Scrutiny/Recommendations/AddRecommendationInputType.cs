using GraphQL.Types;

namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInputType : InputObjectGraphType<AddRecommendationInput>
{
    public AddRecommendationInputType()
    {
        Name = "AddScrutinyRecommendationInput";
        Field(x => x.Year).Description("The financial year of the judgement, e.g. 2024/25.");
        Field<NonNullGraphType<ScrutinyThemeGraphType>>("theme");
        Field<NonNullGraphType<RecommendationKindGraphType>>("kind");
        Field(x => x.Text);
        Field(x => x.Finding, nullable: true);
    }
}
