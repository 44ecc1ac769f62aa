namespace Safeguarding.Scrutiny.Recommendations;

public sealed class AddRecommendationInputType : RecordInputGraphType<AddRecommendationInput>
{
    public AddRecommendationInputType() : base("AddScrutinyRecommendationInput")
    {
        AsFinancialYear(x => x.Year);
        Required(x => x.Year);
        Required(x => x.Text);
    }
}
