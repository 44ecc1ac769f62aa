namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Financial years (1 April to 31 March) and their quarters (Q1 April to June ... Q4 January to March).</summary>
public readonly record struct FinancialYear(int StartYear)
{
    public static FinancialYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);
    public static bool TryParse(string? label, out FinancialYear year)
    {
        year = default;
        if (label is not { Length: 7 } || label[4] != '/' || !int.TryParse(label[..4], out var start) || !int.TryParse(label[5..], out var end)) return false;
        if ((start + 1) % 100 != end) return false;
        year = new FinancialYear(start);
        return true;
    }

    public DateOnly Start => new(StartYear, 4, 1);
    public DateOnly End => new(StartYear + 1, 3, 31);
    public FinancialYear Previous => new(StartYear - 1);
    public string Label => $"{StartYear}/{(StartYear + 1) % 100:00}";
    public override string ToString() => Label;

    public static int QuarterOf(DateOnly date) => date.Month switch { >= 4 and <= 6 => 1, >= 7 and <= 9 => 2, >= 10 and <= 12 => 3, _ => 4 };
}

public static class TrendRules
{
    /// <summary>The change from one figure to the next as a percentage of the first, to one decimal place (half away from zero); null when the first is 0 or missing.</summary>
    public static decimal? ChangePercent(int? previous, int current) =>
        previous is null or 0 ? null : Math.Round((current - previous.Value) * 100m / previous.Value, 1, MidpointRounding.AwayFromZero);
}
