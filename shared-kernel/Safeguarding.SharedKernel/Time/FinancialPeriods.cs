using System.Globalization;

namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// The partnership's financial year, 1 April to 31 March, written "2023/24" (1 April 2023 to 31 March 2024). Labels are
/// read for start years 2000 to 2099. Pure: the current year is <c>FinancialYear.Of(clock.Today())</c>.
/// </summary>
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>, IFinancialPeriod<FinancialYear>
{
    public const int FirstStartYear = 2000;
    public const int LastStartYear = 2099;

    /// <summary>The year a UK calendar date falls in: 31 March 2024 is in 2023/24, 1 April 2024 in 2024/25.</summary>
    public static FinancialYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public DateOnly Starts => new(StartYear, 4, 1);
    public DateOnly Ends => new(StartYear + 1, 3, 31);
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");
    public FinancialYear Previous => new(StartYear - 1);
    public FinancialYear Next => new(StartYear + 1);
    public bool Contains(DateOnly date) => date >= Starts && date <= Ends;

    /// <summary>Q1 (April to June) to Q4 (January to March of the next calendar year).</summary>
    public IReadOnlyList<FinancialQuarter> Quarters => [new(StartYear, 1), new(StartYear, 2), new(StartYear, 3), new(StartYear, 4)];

    /// <summary>
    /// Reads "2023/24" (surrounding white space ignored): four digits, a slash, and the last two digits of the next year;
    /// false for anything else, e.g. "2023/25", "2023-24", "23/24" or a start year outside 2000 to 2099.
    /// </summary>
    public static bool TryParse(string? text, out FinancialYear year) => TryRead(text.AsSpan().Trim(), out year);

    /// <summary>As <see cref="TryParse"/>, but only for the label exactly as written: no surrounding white space.</summary>
    public static bool TryParseExact(string? text, out FinancialYear year) => TryRead(text.AsSpan(), out year);

    /// <summary>
    /// Reads a year the ways the partnership's documents write it: "2023/24", "2023-24" (the annual report), "2023/2024"
    /// or "2023-2024" (surrounding white space ignored). The year it names is read the same whichever way it is written;
    /// anything else is false, so a year nobody could mean is refused rather than matching nothing.
    /// </summary>
    public static bool TryParseAnySpelling(string? text, out FinancialYear year)
    {
        var trimmed = text.AsSpan().Trim();
        Span<char> label = stackalloc char[7];
        year = default;
        if (trimmed.Length == 9 && trimmed[4] is '/' or '-' && trimmed[5..].ContainsAnyExceptInRange('0', '9') is false)
        {
            // "2023/2024": the second year written in full must be the next one.
            if (trimmed[..4].ContainsAnyExceptInRange('0', '9')) return false;
            var start = int.Parse(trimmed[..4], NumberStyles.None, CultureInfo.InvariantCulture);
            if (int.Parse(trimmed[5..], NumberStyles.None, CultureInfo.InvariantCulture) != start + 1) return false;
            trimmed[..5].CopyTo(label);
            trimmed[7..].CopyTo(label[5..]);
        }
        else if (trimmed.Length == 7 && trimmed[4] is '/' or '-') trimmed.CopyTo(label);
        else return false;
        label[4] = '/';
        return TryRead(label, out year);
    }

    internal static bool TryRead(ReadOnlySpan<char> text, out FinancialYear year)
    {
        year = default;
        if (text.Length != 7 || text[4] != '/' || text[..4].ContainsAnyExceptInRange('0', '9') || text[5..].ContainsAnyExceptInRange('0', '9')) return false;
        var start = int.Parse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var next = int.Parse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture);
        if (start is < FirstStartYear or > LastStartYear || (start + 1) % 100 != next) return false;
        year = new FinancialYear(start);
        return true;
    }

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);
    public static bool operator <(FinancialYear a, FinancialYear b) => a.CompareTo(b) < 0;
    public static bool operator >(FinancialYear a, FinancialYear b) => a.CompareTo(b) > 0;
    public static bool operator <=(FinancialYear a, FinancialYear b) => a.CompareTo(b) <= 0;
    public static bool operator >=(FinancialYear a, FinancialYear b) => a.CompareTo(b) >= 0;
    public override string ToString() => Label;
}

/// <summary>
/// A quarter of the financial year, written "2023/24 Q1": Q1 is April to June 2023, Q2 July to September, Q3 October to
/// December, Q4 January to March 2024. <see cref="Number"/> is 1 to 4.
/// </summary>
public readonly record struct FinancialQuarter(int StartYear, int Number) : IComparable<FinancialQuarter>, IFinancialPeriod<FinancialQuarter>
{
    /// <summary>The quarter a UK calendar date falls in: 1 January 2024 is in 2023/24 Q4.</summary>
    public static FinancialQuarter Of(DateOnly date) => new(FinancialYear.Of(date).StartYear, (date.Month + 8) % 12 / 3 + 1);

    public FinancialYear Year => new(StartYear);
    public DateOnly Starts => Year.Starts.AddMonths((Number - 1) * 3);
    public DateOnly Ends => Starts.AddMonths(3).AddDays(-1);
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year.Label} Q{Number}");
    public FinancialQuarter Previous => Plus(-1);
    public FinancialQuarter Next => Plus(1);
    public bool Contains(DateOnly date) => date >= Starts && date <= Ends;

    /// <summary>The quarter so many quarters later (earlier when negative): 2023/24 Q4 plus one is 2024/25 Q1.</summary>
    public FinancialQuarter Plus(int quarters)
    {
        var index = Index + quarters;
        return new FinancialQuarter(index / 4, index % 4 + 1);
    }

    /// <summary>Quarters counted from year 0's Q1; orders quarters across years.</summary>
    private int Index => StartYear * 4 + Number - 1;

    /// <summary>The quarters from <paramref name="from"/> to <paramref name="to"/>, both included; none when from is later.</summary>
    public static IReadOnlyList<FinancialQuarter> Range(FinancialQuarter from, FinancialQuarter to)
    {
        var list = new List<FinancialQuarter>(Math.Max(0, to.Index - from.Index + 1));
        for (var q = from; q <= to; q = q.Next) list.Add(q);
        return list;
    }

    /// <summary>Reads "2023/24 Q1" (surrounding white space ignored; one space before Q; Q1 to Q4); the year as <see cref="FinancialYear.TryParse"/>.</summary>
    public static bool TryParse(string? text, out FinancialQuarter quarter) => TryRead(text.AsSpan().Trim(), out quarter);

    /// <summary>As <see cref="TryParse"/>, but only for the label exactly as written: no surrounding white space.</summary>
    public static bool TryParseExact(string? text, out FinancialQuarter quarter) => TryRead(text.AsSpan(), out quarter);

    /// <summary>
    /// Reads a quarter with its year written any way <see cref="FinancialYear.TryParseAnySpelling"/> reads one, then
    /// white space and Q1 to Q4: "2023/24 Q1", "2023-24 Q1", "2023/2024 Q1" (surrounding white space ignored).
    /// </summary>
    public static bool TryParseAnySpelling(string? text, out FinancialQuarter quarter)
    {
        quarter = default;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 4 || trimmed[^2] != 'Q' || trimmed[^1] is < '1' or > '4' || !char.IsWhiteSpace(trimmed[^3])) return false;
        if (!FinancialYear.TryParseAnySpelling(trimmed[..^3].ToString(), out var year)) return false;
        quarter = new FinancialQuarter(year.StartYear, trimmed[^1] - '0');
        return true;
    }

    private static bool TryRead(ReadOnlySpan<char> text, out FinancialQuarter quarter)
    {
        quarter = default;
        if (text.Length != 10 || text[7] != ' ' || text[8] != 'Q' || text[9] is < '1' or > '4' || !FinancialYear.TryRead(text[..7], out var year)) return false;
        quarter = new FinancialQuarter(year.StartYear, text[9] - '0');
        return true;
    }

    public int CompareTo(FinancialQuarter other) => Index.CompareTo(other.Index);
    public static bool operator <(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) < 0;
    public static bool operator >(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) > 0;
    public static bool operator <=(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) <= 0;
    public static bool operator >=(FinancialQuarter a, FinancialQuarter b) => a.CompareTo(b) >= 0;
    public override string ToString() => Label;
}
