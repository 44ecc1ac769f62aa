namespace Safeguarding.DomesticAbuse.Trend;

public sealed class ChildrenInNoticesYearGraphType() : RecordGraphType<ChildrenInNoticesYear>("ChildrenInNoticesYear",
    "Children named in Public Protection Notices in a financial year (April to March), with the change on the year before.");
