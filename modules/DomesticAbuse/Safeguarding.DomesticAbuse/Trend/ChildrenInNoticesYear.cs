namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Children named in notices in a financial year, with the change on the year before, as the reader may see them.</summary>
/// <param name="Year">The financial year, e.g. "2023/24".</param>
/// <param name="Children">Children named in notices (a child named in two notices counts twice, as in the police count).</param>
/// <param name="Source">PUBLISHED (a published figure) or RECORDED (counted from stored notices).</param>
/// <param name="ChangePercent">Change on the previous year as a percentage of it, to one decimal place (half away from zero).</param>
/// <param name="PeriodEnd">The year's last day.</param>
/// <param name="PeriodStart">The year's first day.</param>
/// <param name="PreviousYearChildren">Children named the year before.</param>
/// <param name="PublishedIn">Where a published figure was published; null for a figure counted from the notices.</param>
public sealed record ChildrenInNoticesYear(string Year, DateOnly PeriodStart, DateOnly PeriodEnd, Disclosed<int> Children, FigureSource Source, string? PublishedIn,
    Disclosed<int> PreviousYearChildren, Disclosed<decimal> ChangePercent);
