namespace Safeguarding.Scrutiny.Measures;

/// <summary>
/// Financial years as Scrutiny reads them: "2023/24", as Funding writes them, "2023-24", as the annual report writes
/// them, or with the second year in full (<see cref="FinancialYear.TryParseAnySpelling"/>).
/// </summary>
internal static class YearText
{
    public static bool TryParse(string? text, out FinancialYear year) => FinancialYear.TryParseAnySpelling(text, out year);

    /// <summary>The year asked for in <paramref name="field"/>; anything else is refused with VALIDATION.</summary>
    public static FinancialYear Parse(string? text, string field) =>
        TryParse(text, out var year) ? year : throw DomainException.Invalid(field, "The financial year must look like 2023/24.");

    /// <summary>The year in the "2023/24" form, or the text as given when it is not a financial year.</summary>
    public static string Normalise(string text) => TryParse(text, out var year) ? year.Label : text;
}
