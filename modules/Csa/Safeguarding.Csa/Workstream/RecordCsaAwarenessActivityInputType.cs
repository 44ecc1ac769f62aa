namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInputType : RecordInputGraphType<RecordCsaAwarenessActivityInput>
{
    public RecordCsaAwarenessActivityInputType() : base("RecordCsaAwarenessActivityInput")
    {
        AsFinancialYear(x => x.Year, required: true);
        Required(x => x.Title, x => x.Partners, x => x.Summary);
    }
}
