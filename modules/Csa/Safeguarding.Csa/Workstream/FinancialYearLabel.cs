namespace Safeguarding.Csa.Workstream;

/// <summary>
/// The workstream stores financial years as the annual report writes them, "2023-24". It reads a year written any way
/// the shared rule reads one (the API's <c>FinancialYear</c> gives "2023/24"), so the same year is always stored alike.
/// </summary>
public static class FinancialYearLabel
{
    /// <summary>The year as stored, "2023-24"; text that names no year is returned as it is, for the check to refuse.</summary>
    public static string? Stored(string? year) =>
        FinancialYear.TryParseAnySpelling(year, out var read) ? read.Label.Replace('/', '-') : year?.Trim();

    /// <summary>A financial year given as the <c>year</c> input.</summary>
    public static InputCheck Check(InputCheck check, string? year) =>
        check.Require(FinancialYear.TryParseAnySpelling(year, out _), "year", $"\"{year}\" is not a financial year: write it like 2024/25.");
}
