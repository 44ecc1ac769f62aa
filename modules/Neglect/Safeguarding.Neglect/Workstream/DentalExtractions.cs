namespace Safeguarding.Neglect.Workstream;

/// <summary>A year's count of children with dental extractions as the reader may see it: a small count is withheld.</summary>
public sealed record DentalExtractions(string Year, Disclosed<int> Children, string ReportedBy)
{
    public static DentalExtractions Of(DentalExtractionCount count, DisclosureControl rule) => new(count.Year, rule.Count(count.Children), count.ReportedBy);
}
