namespace Safeguarding.Scrutiny.Report;

/// <summary>A figure the partnership published, as it may be shown: a small count of people is withheld.</summary>
/// <param name="Year">The financial year, e.g. 2023/24.</param>
/// <param name="Section">The report section or priority it belongs to: Neglect, Domestic abuse, Learning reviews...</param>
/// <param name="CountsPeople">Whether it counts children or the people the records are about, and so is withheld when small.</param>
/// <param name="Measure">The measure, as the report names it.</param>
/// <param name="Source">Where the figure comes from.</param>
/// <param name="Unit">What the value is: a count, a percentage or a score.</param>
/// <param name="Value">The figure.</param>
public sealed record PublishedFigureView(string Year, string Section, string Measure, Disclosed<decimal> Value, FigureUnit Unit, string Source, bool CountsPeople)
{
    public static PublishedFigureView Of(PublishedFigure figure, DisclosureControl rule) =>
        new(figure.Year, figure.Section, figure.Measure, figure.Disclosed(rule), figure.Unit, figure.Source, figure.CountsPeople);
}
