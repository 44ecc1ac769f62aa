namespace Safeguarding.Adolescents;

/// <summary>The period of a figures field: UK dates, both included, no longer than the field allows.</summary>
public readonly record struct Period
{
    private Period(DateOnly from, DateOnly to) => (From, To) = (from, to);

    public DateOnly From { get; }
    public DateOnly To { get; }

    /// <summary>
    /// The period from <paramref name="from"/> to <paramref name="to"/>; VALIDATION on <c>to</c> when it ends before it
    /// starts or spans more than <paramref name="maxDays"/> days (<paramref name="longest"/> says so in words).
    /// </summary>
    public static Period Of(DateOnly from, DateOnly to, int maxDays, string longest)
    {
        new InputCheck().RequirePeriod(from, to, maxDays, longest).ThrowIfInvalid();
        return new Period(from, to);
    }
}
