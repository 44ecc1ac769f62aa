namespace Safeguarding.Scrutiny.Report;

public enum FigureUnit { Count, Percent, Score }

/// <summary>
/// A figure the partnership published for a financial year (the annual report's priorities' measures, learning reviews,
/// audits and training reach), with its source. Figures the modules publish as events appear beside them in the report.
/// </summary>
public sealed class PublishedFigure
{
    public Guid Id { get; set; }
    /// <summary>The financial year, e.g. 2023/24.</summary>
    public string Year { get; set; } = "";
    /// <summary>The report section or priority it belongs to: Neglect, Domestic abuse, Learning reviews...</summary>
    public string Section { get; set; } = "";
    public string Measure { get; set; } = "";
    public decimal Value { get; set; }
    public FigureUnit Unit { get; set; }
    public string Source { get; set; } = "";
}
