using Safeguarding.Csa.Contracts;

namespace Safeguarding.Csa.Workstream;

/// <summary>Children with sexual abuse safeguarded at the hospital in a financial year, as the hospital reported it.</summary>
public sealed class HospitalSafeguardedCases
{
    public const string DefaultSource = "University Hospitals Plymouth NHS Trust";

    private HospitalSafeguardedCases() { }

    public Guid Id { get; private set; }
    /// <summary>Financial year, written "2023-24".</summary>
    public string Year { get; private set; } = "";
    public int Cases { get; private set; }
    public string Source { get; private set; } = "";

    /// <summary>
    /// A year's count as the hospital reports it: a financial year (stored as 2024-25), from 0 to 100,000 cases, from
    /// the hospital unless another source is named. A year has one count; that is for the caller to check against those recorded.
    /// </summary>
    public static HospitalSafeguardedCases Record(string? year, int cases, string? source)
    {
        year = FinancialYearLabel.Stored(year);
        FinancialYearLabel.Check(new InputCheck(), year)
            .Require(cases is >= 0 and <= 100_000, "cases", "The count must be a whole number from 0 to 100,000.")
            .OptionalText(source, "source", "Who reported it", 200)
            .ThrowIfInvalid();
        return new HospitalSafeguardedCases { Id = Guid.NewGuid(), Year = year!, Cases = cases, Source = string.IsNullOrWhiteSpace(source) ? DefaultSource : source.Trim() };
    }

    /// <summary>The event that tells other modules (Scrutiny's annual report) the count, published in the same save by the mutation and the demo data.</summary>
    public HospitalSafeguardedCasesReported Reported() => new(Year, Cases, Source);
}
