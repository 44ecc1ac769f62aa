namespace Safeguarding.DomesticAbuse.Trend;

public sealed class ChildrenInNoticesQuarterGraphType : RecordGraphType<ChildrenInNoticesQuarter>
{
    public ChildrenInNoticesQuarterGraphType() : base("ChildrenInNoticesQuarter",
        "Children named in stored notices in a financial quarter (Q1 April to June), with the change on the same quarter a year before.")
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
    }
}
