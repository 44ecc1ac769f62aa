using System.Globalization;

namespace Safeguarding.SharedKernel.Disclosure;

/// <summary>
/// The partnership's statistical disclosure control, as the DfE and ONS apply it to published counts of children: a
/// count of people from 1 to <see cref="Threshold"/> - 1 is withheld (primary suppression), and so is any other figure
/// that would let a reader work one out from a total, from the other cells of a breakdown, or from its complement
/// (secondary suppression, done by <see cref="CountTable"/>). Zero is shown unless configured otherwise. A rate or
/// percentage computed from a withheld count is withheld with it. Counts of things that are not people (money,
/// meetings, training sessions) never pass through here.
/// <see cref="Exact"/> is the same API withholding nothing: for the members of the group that holds the records, who
/// see every child in them anyway.
/// </summary>
public sealed class DisclosureControl
{
    /// <summary>The marker a withheld figure carries in CSV and printed tables: the DfE's and the GSS's "c" (confidential).</summary>
    public const string Marker = "c";

    private DisclosureControl(int threshold, bool zeroShown, bool withholds)
    {
        if (withholds && threshold < 3) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be at least 3.");
        (Threshold, ZeroShown, Withholds) = (threshold, zeroShown, withholds);
    }

    public DisclosureControl(int threshold, bool zeroShown) : this(threshold, zeroShown, true) { }

    public DisclosureControl(DisclosureOptions options) : this(options.Threshold, options.ShowZero) { }

    /// <summary>Withholds nothing: every figure as it is.</summary>
    public static DisclosureControl Exact { get; } = new(1, true, false);

    /// <summary>The smallest count of people shown (5: counts of 1 to 4 are withheld).</summary>
    public int Threshold { get; }

    /// <summary>Whether a count of none is shown.</summary>
    public bool ZeroShown { get; }

    /// <summary>False for <see cref="Exact"/>.</summary>
    public bool Withholds { get; }

    /// <summary>Whether a count of people is too small to show by itself.</summary>
    public bool IsSmall(int count) => Withholds && (count == 0 ? !ZeroShown : count > 0 && count < Threshold);

    /// <summary>A count of people that stands alone: no total or other cell it could be worked out from is shown.</summary>
    public Disclosed<int> Count(int? count) => count is { } n && IsSmall(n) ? Disclosed<int>.Withheld : Disclosed<int>.Shown(count);

    /// <summary>
    /// A rate computed as <paramref name="part"/> of <paramref name="whole"/> people: withheld when the part, the whole or
    /// the rest (whole - part, which the rate and the whole give away) is a small count. 97% of 100 shows 3.
    /// </summary>
    public Disclosed<decimal> Rate(decimal? rate, int part, int whole) =>
        IsSmall(part) || IsSmall(whole) || IsSmall(whole - part) ? Disclosed<decimal>.Withheld : Disclosed<decimal>.Shown(rate);

    /// <summary>A table of counts whose totals a reader can see or work out: cells are withheld together (<see cref="CountTable"/>).</summary>
    public CountTable Table() => new(this);

    /// <summary>"fewer than 5" (or "from 0 to 4" where zero is withheld too): what a count withheld by itself is.</summary>
    public string SmallWords => ZeroShown
        ? string.Create(CultureInfo.InvariantCulture, $"fewer than {Threshold}")
        : string.Create(CultureInfo.InvariantCulture, $"from 0 to {Threshold - 1}");

    /// <summary>What the marker means, for the legend of a table or a CSV's note.</summary>
    public string Explanation => string.Create(CultureInfo.InvariantCulture,
        $"{Marker}: withheld so that nobody can be identified: a count of {(ZeroShown ? "1" : "0")} to {Threshold - 1} people, or a figure from which one could be worked out.");
}
