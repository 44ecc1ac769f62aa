namespace Safeguarding.DomesticAbuse.Trend;

public sealed class ChildrenInNoticesYearGraphType : RecordGraphType<ChildrenInNoticesYear>
{
    public ChildrenInNoticesYearGraphType() : base("ChildrenInNoticesYear",
        "Children named in Public Protection Notices in a financial year (April to March), with the change on the year before.")
    {
        Describe(x => x.Year, "The financial year, e.g. \"2023/24\".");
        Describe(x => x.Children, "Children named in notices (a child named in two notices counts twice, as in the police count).");
        Describe(x => x.Source, "PUBLISHED (a published figure) or RECORDED (counted from stored notices).");
        Describe(x => x.ChangePercent, "Change on the previous year as a percentage of it, to one decimal place (half away from zero).");
    }
}
