namespace Safeguarding.SharedKernel.Disclosure;

/// <summary>
/// A figure as it may be given to the person reading it: its value, or no value and <see cref="Suppressed"/> when it is
/// withheld, because it counts fewer people than the threshold or because it would let a reader work out one that does.
/// A withheld figure is never a zero standing in for it. A value that is null and not suppressed is a figure there is
/// none of (a change on a year with nothing to compare). There is deliberately no conversion from a bare number: a
/// figure becomes one of these only through a <see cref="DisclosureControl"/> (or <see cref="Shown"/>, said out loud).
/// </summary>
public readonly record struct Disclosed<T>(T? Value, bool Suppressed) : IDisclosed where T : struct
{
    /// <summary>A figure shown as it is: one that is not a count of people (or one the reader holds the records of).</summary>
    public static Disclosed<T> Shown(T? value) => new(value, false);

    /// <summary>A figure withheld: no value.</summary>
    public static Disclosed<T> Withheld => new(null, true);

    object? IDisclosed.Shown => Value;
}
