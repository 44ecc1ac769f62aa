using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Trend;

public sealed class ChildrenInNoticesQuarterGraphType : ObjectGraphType<ChildrenInNoticesQuarter>
{
    public ChildrenInNoticesQuarterGraphType()
    {
        Name = "ChildrenInNoticesQuarter";
        Description = "Children named in stored notices in a financial quarter (Q1 April to June), with the change on the same quarter a year before.";
        Field(x => x.Year);
        Field(x => x.Quarter);
        Field(x => x.PeriodStart);
        Field(x => x.PeriodEnd);
        Field(x => x.Children);
        Field(x => x.SameQuarterLastYear, nullable: true);
        Field(x => x.ChangePercent, nullable: true);
    }
}
