namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>
/// Children named in stored notices in a financial quarter, with the change on the same quarter a year before, as the
/// reader may see them: a count withheld in its own row is withheld where it is the year before's too, and the change
/// with it.
/// </summary>
/// <param name="ChangePercent">The change against the same quarter a year before, in per cent.</param>
/// <param name="Children">Children named in notices in the quarter, each counted once.</param>
/// <param name="PeriodEnd">The quarter's last day.</param>
/// <param name="PeriodStart">The quarter's first day.</param>
/// <param name="Quarter">The quarter of the financial year, 1 to 4.</param>
/// <param name="SameQuarterLastYear">Children named in the same quarter a year before.</param>
/// <param name="Year">The financial year.</param>
public sealed record ChildrenInNoticesQuarter(string Year, int Quarter, DateOnly PeriodStart, DateOnly PeriodEnd, Disclosed<int> Children,
    Disclosed<int> SameQuarterLastYear, Disclosed<decimal> ChangePercent);
