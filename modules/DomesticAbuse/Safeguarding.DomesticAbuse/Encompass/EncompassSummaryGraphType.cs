namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassSummaryGraphType : RecordGraphType<EncompassSummary>
{
    public EncompassSummaryGraphType() : base("EncompassSummary", "Counts only: Operation Encompass notifications by incident date, and how they were acknowledged.")
    {
        Rows(x => x.BySetting, 10);
    }
}
