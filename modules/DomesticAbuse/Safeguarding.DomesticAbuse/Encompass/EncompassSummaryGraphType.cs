namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassSummaryGraphType : RecordGraphType<EncompassSummary>
{
    public EncompassSummaryGraphType() : base("EncompassSummary", "Counts only: Operation Encompass notifications by incident date, and how they were acknowledged.")
    {
        Describe(x => x.AcknowledgedOnTime, "Acknowledged before the start of the next school day.");
        Describe(x => x.Outstanding, "Not yet acknowledged, deadline not yet passed.");
        Describe(x => x.Overdue, "Not acknowledged and past the deadline.");
        ShownAs<EncompassSettingCountGraphType>(x => x.BySetting);
        Rows(x => x.BySetting, 10);
    }
}
