namespace Safeguarding.Neglect.Assessments;

/// <summary>The direction of an area's grade between two consecutive completed assessments.</summary>
public enum Direction
{
    /// <summary>A better (lower) grade than at the assessment before.</summary>
    Improved,
    /// <summary>The same grade as at the assessment before.</summary>
    Same,
    /// <summary>A worse (higher) grade than at the assessment before.</summary>
    Worse,
}

/// <summary>
/// The module's grading rules. Grades run from 1 (all the child's needs met) to 5 (needs entirely unmet).
/// </summary>
public static class NeglectRules
{
    public const int BestGrade = 1;
    public const int WorstGrade = 5;
    /// <summary>Areas graded this or worse are areas of concern, and the family plan's actions attach to them.</summary>
    public const int ConcernGrade = 4;

    public static bool IsValidGrade(int grade) => grade is >= BestGrade and <= WorstGrade;

    /// <summary>
    /// An area's grade: the median of its sub-area grades. With an even number of sub-areas the median falls between
    /// the two middle grades; the area then takes the worse (higher) of the two, so a concern is never averaged away.
    /// </summary>
    public static int AreaGrade(IEnumerable<int> subAreaGrades)
    {
        var sorted = subAreaGrades.OrderBy(g => g).ToArray();
        if (sorted.Length == 0) throw new ArgumentException("An area needs at least one graded sub-area.", nameof(subAreaGrades));
        if (sorted.Any(g => !IsValidGrade(g))) throw new ArgumentOutOfRangeException(nameof(subAreaGrades), "Grades run from 1 to 5.");
        return sorted[sorted.Length / 2]; // odd: the middle; even: the upper (worse) of the two middle grades
    }

    /// <summary>Lower grade = improved; the same grade = same; higher grade = worse.</summary>
    public static Direction DirectionOf(int earlierGrade, int laterGrade) =>
        laterGrade < earlierGrade ? Direction.Improved : laterGrade > earlierGrade ? Direction.Worse : Direction.Same;

    /// <summary>The worst area grade and how many areas are graded 4 or 5.</summary>
    public static (int WorstAreaGrade, int AreasOfConcern) Summary(IEnumerable<int> areaGrades)
    {
        var grades = areaGrades.ToArray();
        return grades.Length == 0 ? (0, 0) : (grades.Max(), grades.Count(g => g >= ConcernGrade));
    }
}

/// <summary>Calendar quarters (ending 31 March, 30 June, 30 September, 31 December), as the partnership reports them.</summary>
public static class Quarters
{
    public static DateOnly EndOf(DateOnly date)
    {
        var lastMonth = ((date.Month - 1) / 3 + 1) * 3;
        return new DateOnly(date.Year, lastMonth, DateTime.DaysInMonth(date.Year, lastMonth));
    }

    /// <summary>The ends of the quarters that end between from and to, inclusive.</summary>
    public static IEnumerable<DateOnly> EndsBetween(DateOnly from, DateOnly to)
    {
        for (var end = EndOf(from); end <= to; end = EndOf(end.AddDays(1)))
            if (end >= from) yield return end;
    }

    /// <summary>Percentage to one decimal place (half away from zero); 0 when there is nothing to divide by.</summary>
    public static decimal SharePercent(int part, int whole) =>
        whole == 0 ? 0m : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
