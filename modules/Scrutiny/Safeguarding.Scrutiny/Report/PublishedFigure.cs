namespace Safeguarding.Scrutiny.Report;

/// <summary>What a published figure counts.</summary>
public enum FigureUnit
{
    /// <summary>A number of things.</summary>
    Count,
    /// <summary>A percentage, 0 to 100.</summary>
    Percent,
    /// <summary>A score on the measure's own scale.</summary>
    Score,
}

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
    /// <summary>
    /// The figure is a count of children or of the people the partnership's records are about (children in notices, rapid
    /// reviews), so a small one is withheld; false for staff trained, forms, audits, shares and scores.
    /// </summary>
    public bool CountsPeople { get; set; }

    /// <summary>The value as it may be published under <paramref name="rule"/>: a small count of people is withheld; anything else is shown.</summary>
    public Disclosed<decimal> Disclosed(DisclosureControl rule) =>
        CountsPeople && Unit == FigureUnit.Count && rule.IsSmall((int)Math.Round(Value, MidpointRounding.AwayFromZero))
            ? Disclosed<decimal>.Withheld : Disclosed<decimal>.Shown(Value);
}
