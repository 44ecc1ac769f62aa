using GraphQL;
using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassSummaryGraphType : ObjectGraphType<EncompassSummary>
{
    public EncompassSummaryGraphType()
    {
        Name = "EncompassSummary";
        Description = "Counts only: Operation Encompass notifications by incident date, and how they were acknowledged.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Sent);
        Field(x => x.AcknowledgedOnTime).Description("Acknowledged before the start of the next school day.");
        Field(x => x.AcknowledgedLate);
        Field(x => x.Outstanding).Description("Not yet acknowledged, deadline not yet passed.");
        Field(x => x.Overdue).Description("Not acknowledged and past the deadline.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassSettingCountGraphType>>>>("bySetting").WithComplexityImpact(1, 10).Resolve(c => c.Source.BySetting);
    }
}
