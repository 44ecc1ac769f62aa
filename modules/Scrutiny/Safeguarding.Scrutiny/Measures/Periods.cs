using System.Globalization;
using System.Text.RegularExpressions;

namespace Safeguarding.Scrutiny.Measures;

/// <summary>
/// A quarter of the partnership's financial year (1 April to 31 March), written as Governance writes it: "2023/24 Q1" is
/// April to June 2023, "2023/24 Q4" January to March 2024.
/// </summary>
public readonly partial record struct FinancialQuarter(int StartYear, int Number) : IComparable<FinancialQuarter>
{
    [GeneratedRegex(@"^(\d{4})/(\d{2}) Q([1-4])$")] private static partial Regex Pattern();

    public static bool TryParse(string? text, out FinancialQuarter quarter)
    {
        quarter = default;
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return false;
        var start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) || start < 2000 || start > 2100) return false;
        quarter = new FinancialQuarter(start, int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        return true;
    }

    public static FinancialQuarter Of(DateOnly date)
    {
        var start = date.Month >= 4 ? date.Year : date.Year - 1;
        var number = date.Month >= 4 ? (date.Month - 4) / 3 + 1 : 4;
        return new FinancialQuarter(start, number);
    }

    public DateOnly Starts => new DateOnly(StartYear, 4, 1).AddMonths((Number - 1) * 3);
    public DateOnly Ends => Starts.AddMonths(3).AddDays(-1);
    public string Year => FinancialYear.Label(StartYear);
    public string Label => $"{Year} Q{Number}";
    public FinancialQuarter Next => Number == 4 ? new(StartYear + 1, 1) : new(StartYear, Number + 1);
    public bool Contains(DateOnly date) => date >= Starts && date <= Ends;
    public int CompareTo(FinancialQuarter other) => (StartYear * 4 + Number).CompareTo(other.StartYear * 4 + other.Number);
    public static bool operator <(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) < 0;
    public static bool operator >(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) > 0;
    public static bool operator <=(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) <= 0;
    public static bool operator >=(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) >= 0;
    public override string ToString() => Label;

    public static IReadOnlyList<FinancialQuarter> Range(FinancialQuarter from, FinancialQuarter to)
    {
        var list = new List<FinancialQuarter>();
        for (var q = from; q <= to; q = q.Next) list.Add(q);
        return list;
    }
}

/// <summary>Financial years as "2023/24" (Funding writes them so); "2023-24" is accepted too.</summary>
public static partial class FinancialYear
{
    [GeneratedRegex(@"^(\d{4})[/-](\d{2})$")] private static partial Regex Pattern();

    public static string Label(int startYear) => $"{startYear}/{(startYear + 1) % 100:00}";

    /// <summary>The year's first and last days: 1 April to 31 March.</summary>
    public static (DateOnly From, DateOnly To) Days(int startYear) => (new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31));

    public static bool TryParse(string? text, out int startYear)
    {
        startYear = 0;
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return false;
        var start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) || start < 2000 || start > 2100) return false;
        startYear = start;
        return true;
    }

    /// <summary>The year in the "2023/24" form, or the text as given when it is not a financial year.</summary>
    public static string Normalise(string text) => TryParse(text, out var start) ? Label(start) : text;
}
