namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Children named in stored notices in a financial quarter, with the change on the same quarter a year before.</summary>
public sealed record ChildrenInNoticesQuarter(string Year, int Quarter, DateOnly PeriodStart, DateOnly PeriodEnd, int Children, int? SameQuarterLastYear, decimal? ChangePercent);
