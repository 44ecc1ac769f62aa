namespace Safeguarding.Neglect.Workstream;

/// <summary>A year's count of children with dental extractions as the reader may see it: a small count is withheld.</summary>
/// <param name="Children">Children who had teeth extracted because of decay.</param>
/// <param name="ReportedBy">Who reported the count.</param>
/// <param name="Year">The financial year.</param>
public sealed record DentalExtractions(string Year, Disclosed<int> Children, string ReportedBy)
{
    public static DentalExtractions Of(DentalExtractionCount count, DisclosureControl rule) => new(count.Year, rule.Count(count.Children), count.ReportedBy);
}
