namespace Safeguarding.Funding.Years;

public sealed class RecordContributionInputType : RecordInputGraphType<RecordContributionInput>
{
    public RecordContributionInputType() : base("RecordContributionInput")
    {
        Describe(x => x.Year, "e.g. \"2024/25\"");
        Reference(x => x.PartnerId, required: true, "A partner of the partnership (from Governance).");
        Describe(x => x.Amount, "Pounds, with at most two decimal places.");
    }
}
