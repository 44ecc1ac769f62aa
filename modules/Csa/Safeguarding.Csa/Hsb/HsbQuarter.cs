namespace Safeguarding.Csa.Hsb;

/// <summary>
/// Incidents in a quarter by grade, as the reader may see them: the three grades add up to the quarter's incidents (the
/// scorecard shows that total), so a small grade withholds the next smallest with it.
/// </summary>
/// <param name="Amber">Incidents graded AMBER.</param>
/// <param name="Green">Incidents graded GREEN.</param>
/// <param name="QuarterEnd">The quarter's last day.</param>
/// <param name="Red">Incidents graded RED.</param>
public sealed record HsbQuarter(DateOnly QuarterEnd, Disclosed<int> Green, Disclosed<int> Amber, Disclosed<int> Red)
{
    public static HsbQuarter Of(DateOnly quarterEnd, int green, int amber, int red, DisclosureControl rule)
    {
        // Entered in the order the scorecard's breakdown by grade has them (AMBER, GREEN, RED), so that among equal
        // counts the same grade is withheld in both.
        var table = rule.Table();
        var (amberCell, greenCell, redCell) = (table.Count(amber), table.Count(green), table.Count(red));
        table.Sum(table.Unshown(green + amber + red), [amberCell, greenCell, redCell]);
        return new(quarterEnd, table[greenCell], table[amberCell], table[redCell]);
    }
}
