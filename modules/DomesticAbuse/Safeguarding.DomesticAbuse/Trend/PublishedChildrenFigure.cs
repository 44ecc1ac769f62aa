namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>
/// A published count of children named in notices over a financial year (for example the annual report's 8,155 and
/// 10,366): a figure, not individual notices. Years with stored notices are counted from them instead.
/// </summary>
public sealed class PublishedChildrenFigure
{
    public Guid Id { get; set; }
    /// <summary>The financial year, "2023/24".</summary>
    public string Year { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public int Children { get; set; }
    public string Source { get; set; } = "";
}
