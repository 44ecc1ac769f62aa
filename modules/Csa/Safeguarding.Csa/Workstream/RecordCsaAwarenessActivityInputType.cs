namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInputType : RecordInputGraphType<RecordCsaAwarenessActivityInput>
{
    public RecordCsaAwarenessActivityInputType() : base("RecordCsaAwarenessActivityInput")
    {
        AsFinancialYear(x => x.Year);
        Required(x => x.Year);
        Required(x => x.Title);
        Required(x => x.Partners);
        Required(x => x.Summary);
    }
}
