namespace Safeguarding.Funding.Years;

public sealed class RecordContributionInputType : RecordInputGraphType<RecordContributionInput>
{
    public RecordContributionInputType() : base("RecordContributionInput")
    {
        Reference(x => x.PartnerId, required: true);
        AsFinancialYear(x => x.Year, required: true);
    }
}
