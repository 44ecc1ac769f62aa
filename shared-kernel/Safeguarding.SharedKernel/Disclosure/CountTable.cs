namespace Safeguarding.SharedKernel.Disclosure;

/// <summary>
/// The counts of people of one table - cells, the totals of its rows and columns, a figure and its complement - and
/// which of them may be shown. Enter each count (<see cref="Count"/>; <see cref="Unshown"/> for one the reader does not
/// see but can work out, such as the rest of a total; <see cref="ShownElsewhere"/> for one another field shows by
/// itself), say which add up to which (<see cref="Sum"/>), then read them back. The table is protected on the first read:
/// <list type="number">
/// <item>primary: every count the rule calls small is withheld;</item>
/// <item>secondary: wherever exactly one count of a sum (its cells and its total) is withheld, it could be worked out
/// from the others, so the smallest other non-zero cell of that sum is withheld too, the one entered first among equals;
/// failing that the total; failing that a count shown elsewhere (which protects this table, though not the other
/// field); repeated until no sum has exactly one withheld, so that a row and a column that cross are both protected.</item>
/// </list>
/// The result depends only on the counts and the order they were entered: the same figures give the same cells
/// withheld wherever they are read.
/// </summary>
public sealed class CountTable
{
    private readonly DisclosureControl _rule;
    private enum Seen { Here, Unshown, Elsewhere }

    private readonly List<(int Value, Seen Seen)> _counts = [];
    private readonly List<(int[] Cells, int Total)> _sums = [];
    private bool[]? _withheld;

    internal CountTable(DisclosureControl rule) => _rule = rule;

    /// <summary>A count of people the reader is shown, unless it is withheld.</summary>
    public CountCell Count(int value) => Add(value, Seen.Here);

    /// <summary>
    /// A count the reader is not shown but could work out (the children not on a neglect plan, from all plans and the
    /// neglect plans): protected as if shown, and never withheld in place of another, since withholding it hides nothing.
    /// </summary>
    public CountCell Unshown(int value) => Add(value, Seen.Unshown);

    /// <summary>
    /// A count this table shows that another field also shows by itself, withheld there only when small (plans for
    /// sexual abuse, which the CSA module reports): withheld in place of another only as a last resort, because the
    /// other field would still give it away.
    /// </summary>
    public CountCell ShownElsewhere(int value) => Add(value, Seen.Elsewhere);

    /// <summary>Says that <paramref name="total"/> is the sum of <paramref name="cells"/>, so that a reader knowing all but one of them knows that one.</summary>
    public CountTable Sum(CountCell total, IEnumerable<CountCell> cells)
    {
        if (_withheld is not null) throw new InvalidOperationException("The table has been read: enter every count and sum before reading any.");
        _sums.Add((cells.Select(c => c.Index).ToArray(), total.Index));
        return this;
    }

    /// <summary>A new shown count for the total of <paramref name="cells"/>, with the sum entered.</summary>
    public CountCell Total(IReadOnlyCollection<CountCell> cells)
    {
        var total = Count(cells.Sum(c => _counts[c.Index].Value));
        Sum(total, cells);
        return total;
    }

    /// <summary>The count as the reader may see it.</summary>
    public Disclosed<int> this[CountCell cell] => IsWithheld(cell) ? Disclosed<int>.Withheld : Disclosed<int>.Shown(_counts[cell.Index].Value);

    /// <summary>Whether the count is withheld, by itself or to protect another.</summary>
    public bool IsWithheld(CountCell cell) => Protect()[cell.Index];

    /// <summary>A rate or share computed from these counts: withheld when any of them is.</summary>
    public Disclosed<decimal> Rate(decimal? rate, params CountCell[] from) =>
        from.Any(IsWithheld) ? Disclosed<decimal>.Withheld : Disclosed<decimal>.Shown(rate);

    private CountCell Add(int value, Seen seen)
    {
        if (_withheld is not null) throw new InvalidOperationException("The table has been read: enter every count and sum before reading any.");
        _counts.Add((value, seen));
        return new CountCell(_counts.Count - 1);
    }

    private bool[] Protect()
    {
        if (_withheld is not null) return _withheld;
        var withheld = _counts.Select(c => _rule.IsSmall(c.Value)).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (cells, total) in _sums)
            {
                if (cells.Count(c => withheld[c]) + (withheld[total] ? 1 : 0) != 1) continue;
                var next = Smallest(cells.Where(c => _counts[c].Seen == Seen.Here), withheld)
                           ?? (withheld[total] || _counts[total].Seen == Seen.Elsewhere ? null : (int?)total)
                           ?? Smallest(cells.Where(c => _counts[c].Seen == Seen.Elsewhere), withheld)
                           ?? (withheld[total] ? null : (int?)total);
                if (next is not { } chosen) continue;
                withheld[chosen] = true;
                changed = true;
            }
        }
        return _withheld = withheld;
    }

    /// <summary>The smallest non-zero count still shown, the one entered first among equals: a zero protects nothing.</summary>
    private int? Smallest(IEnumerable<int> cells, bool[] withheld) =>
        cells.Where(c => !withheld[c] && _counts[c].Value != 0).OrderBy(c => _counts[c].Value).ThenBy(c => c).Select(c => (int?)c).FirstOrDefault();
}
