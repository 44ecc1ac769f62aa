namespace Safeguarding.Funding.Years;

public sealed class RecordExpenditureInputType : RecordInputGraphType<RecordExpenditureInput>
{
    public RecordExpenditureInputType() : base("RecordExpenditureInput")
    {
        Describe(x => x.Category, "e.g. \"Training\".");
        AsFinancialYear(x => x.Year, required: true);
        Required(x => x.Category);
    }
}
