namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>
/// Children named in stored notices in a financial quarter, with the change on the same quarter a year before, as the
/// reader may see them: a count withheld in its own row is withheld where it is the year before's too, and the change
/// with it.
/// </summary>
public sealed record ChildrenInNoticesQuarter(string Year, int Quarter, DateOnly PeriodStart, DateOnly PeriodEnd, Disclosed<int> Children,
    Disclosed<int> SameQuarterLastYear, Disclosed<decimal> ChangePercent);
