using Safeguarding.SharedKernel.Disclosure;

namespace Safeguarding.Neglect.Contracts;

/// <summary>
/// How the child protection plans open at a quarter's end are published, wherever they are: Neglect's neglect share and
/// the scorecard's plans by category read the same plans, so they must withhold the same counts, or a reader could take
/// from one what the other withholds. One table: the five categories add up to all plans (shown with neglect's share),
/// neglect's plans and the rest add up to all plans too, and the share is withheld with any of them. Plans for sexual
/// abuse are also reported by the CSA module by themselves, so they are withheld to protect another count only as a
/// last resort.
/// </summary>
public static class OpenPlanDisclosure
{
    public const string Neglect = "NEGLECT";
    public const string Sexual = "SEXUAL";

    /// <summary>The categories in the order they are entered in the table (which decides between equal counts).</summary>
    public static readonly IReadOnlyList<string> Categories = [Neglect, "PHYSICAL", Sexual, "EMOTIONAL", "MULTIPLE"];

    /// <param name="openOf">The plans of a category open at the quarter's end.</param>
    public static OpenPlanFigures Protect(Func<string, int> openOf, DisclosureControl rule)
    {
        var table = rule.Table();
        var counts = Categories.ToDictionary(c => c, openOf);
        var cells = Categories.ToDictionary(c => c, c => c == Sexual ? table.ShownElsewhere(counts[c]) : table.Count(counts[c]));
        var all = table.Count(counts.Values.Sum());
        table.Sum(all, cells.Values);
        var rest = table.Unshown(counts.Values.Sum() - counts[Neglect]);
        table.Sum(all, [cells[Neglect], rest]);
        return new OpenPlanFigures(cells.ToDictionary(c => c.Key, c => table[c.Value]), table[all],
            table.IsWithheld(cells[Neglect]) || table.IsWithheld(rest) || table.IsWithheld(all));
    }
}
