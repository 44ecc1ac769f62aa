namespace Safeguarding.DomesticAbuse.Trend;

public sealed class ChildrenInNoticesYearGraphType : RecordGraphType<ChildrenInNoticesYear>
{
    public ChildrenInNoticesYearGraphType() : base("ChildrenInNoticesYear",
        "Children named in Public Protection Notices in a financial year (April to March), with the change on the year before.")
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
    }
}
