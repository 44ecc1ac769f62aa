namespace Safeguarding.Csa.Workstream;

/// <summary>A year's count of children safeguarded at the hospital, as the reader may see it: a small count is withheld.</summary>
/// <param name="Year">Financial year, written "2023-24".</param>
/// <param name="Cases">Children with sexual abuse the hospital safeguarded in the year.</param>
/// <param name="Source">Who reported the count.</param>
public sealed record HospitalCases(string Year, Disclosed<int> Cases, string Source)
{
    public static HospitalCases Of(HospitalSafeguardedCases count, DisclosureControl rule) => new(count.Year, rule.Count(count.Cases), count.Source);
}
