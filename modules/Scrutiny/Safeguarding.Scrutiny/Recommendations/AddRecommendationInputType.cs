namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInputType : RecordInputGraphType<AddRecommendationInput>
{
    public AddRecommendationInputType() : base("AddScrutinyRecommendationInput")
    {
        AsFinancialYear(x => x.Year, required: true);
        Required(x => x.Text);
    }
}
