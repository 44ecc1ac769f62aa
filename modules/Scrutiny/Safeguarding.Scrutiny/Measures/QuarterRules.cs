using System.Globalization;

namespace Safeguarding.Scrutiny.Measures;

/// <summary>
/// How the scorecard tells a figure from a gap. A quarter that has not begun is "not yet"; one that today falls in is
/// "so far"; a source covers the quarters from the one holding its first fact on (before it, the source supplied nothing,
/// so there is no data rather than a zero); and a trend runs only through ended quarters with a figure.
/// </summary>
public static class QuarterRules
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary><see cref="QuarterStatus.NotYet"/> before the quarter begins, <see cref="QuarterStatus.InProgress"/> from its first day to its last, <see cref="QuarterStatus.Figure"/> once it has ended.</summary>
    public static QuarterStatus Timing(FinancialQuarter quarter, DateOnly today) =>
        quarter.Starts > today ? QuarterStatus.NotYet : quarter.Ends >= today ? QuarterStatus.InProgress : QuarterStatus.Figure;

    /// <summary>Whether a source whose first fact is counted on <paramref name="firstDay"/> has supplied anything for the quarter: from the quarter holding that day on.</summary>
    public static bool Covers(DateOnly? firstDay, FinancialQuarter quarter) => firstDay is { } first && quarter.Ends >= first;

    public static string NotYetNote(FinancialQuarter quarter) => string.Create(Invariant, $"Not yet: the quarter begins on {quarter.Starts:d MMMM yyyy}.");

    public static string SoFarNote(FinancialQuarter quarter, DateOnly today) =>
        string.Create(Invariant, $"So far: to {today:d MMMM yyyy}; the quarter ends on {quarter.Ends:d MMMM yyyy}.");

    public static string ReturnsDueNote(FinancialQuarter quarter) =>
        string.Create(Invariant, $"Not yet: agencies return their figures once the quarter ends on {quarter.Ends:d MMMM yyyy}.");

    public static string BeforeCoverageNote(string source, DateOnly firstDay) =>
        $"No data: the {source} module's figures begin in {FinancialQuarter.Of(firstDay).Label}.";

    /// <summary>The status as the API writes it: FIGURE, IN_PROGRESS, NOT_YET, NO_DATA, NOTHING_TO_MEASURE.</summary>
    public static string Code(QuarterStatus status) => ApiCode.Of(status);

    /// <summary>From the first ended quarter with a figure to the last: the direction and the change. Quarters under way, still to come or without data are not part of it.</summary>
    public static Trend TrendOf(IReadOnlyList<QuarterValue> values)
    {
        var known = values.Where(v => v.Status == QuarterStatus.Figure && v.Value is not null).ToList();
        if (known.Count < 2) return new("UNKNOWN", null, known.FirstOrDefault()?.Quarter, null);
        var change = known[^1].Value!.Value - known[0].Value!.Value;
        return new(change > 0 ? "UP" : change < 0 ? "DOWN" : "STEADY", change, known[0].Quarter, known[^1].Quarter);
    }
}
