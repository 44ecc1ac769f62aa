namespace Safeguarding.Neglect.Workstream;

/// <summary>The hospital's count of children who had teeth extracted because of decay, per financial year.</summary>
public sealed class DentalExtractionCount
{
    public const string DefaultReporter = "University Hospitals Plymouth NHS Trust";

    private DentalExtractionCount() { }

    public Guid Id { get; private set; }
    public string Year { get; private set; } = "";
    public int Children { get; private set; }
    public string ReportedBy { get; private set; } = "";

    /// <summary>
    /// A year's count as the hospital reports it: a financial year written like 2024/25, from 0 to 100,000 children, by
    /// the hospital unless someone else is named. A year has one count; that is for the caller to check against those recorded.
    /// </summary>
    public static DentalExtractionCount Record(string? year, int children, string? reportedBy)
    {
        year = year?.Trim();
        new InputCheck()
            .Require(FinancialYear.TryParse(year, out _), "year", $"\"{year}\" is not a financial year: write it like 2024/25.")
            .Require(children is >= 0 and <= 100_000, "children", "The count must be a whole number from 0 to 100,000.")
            .OptionalText(reportedBy, "reportedBy", "Who reported it", 200)
            .ThrowIfInvalid();
        return new DentalExtractionCount
        {
            Id = Guid.NewGuid(), Year = year!, Children = children,
            ReportedBy = string.IsNullOrWhiteSpace(reportedBy) ? DefaultReporter : reportedBy.Trim(),
        };
    }
}
