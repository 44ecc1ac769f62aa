namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Children named in notices in a financial year, with the change on the year before.</summary>
public sealed record ChildrenInNoticesYear(string Year, DateOnly PeriodStart, DateOnly PeriodEnd, int Children, FigureSource Source, string? PublishedIn, int? PreviousYearChildren, decimal? ChangePercent);
