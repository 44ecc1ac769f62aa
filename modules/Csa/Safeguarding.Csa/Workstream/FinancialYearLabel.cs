namespace Safeguarding.Csa.Workstream;

/// <summary>The workstream writes financial years as the annual report does, "2023-24": the shared rule with a hyphen.</summary>
public static class FinancialYearLabel
{
    public static bool IsValid(string? label) =>
        label is { Length: 7 } && label[4] == '-' && FinancialYear.TryParseExact(label.Replace('-', '/'), out _);

    /// <summary>A financial year given as the <c>year</c> input.</summary>
    public static InputCheck Check(InputCheck check, string? year) =>
        check.Require(IsValid(year), "year", $"\"{year}\" is not a financial year: write it like 2024-25.");
}
