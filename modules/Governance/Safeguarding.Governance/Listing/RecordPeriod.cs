namespace Safeguarding.Governance.Listing;

/// <summary>
/// Which records a list shows by their date: those dated from and to a day (both included, either left open). The list
/// itself is read a page at a time, so no period has to be narrowed to reach older records.
/// </summary>
public sealed record RecordPeriod(DateOnly? From, DateOnly? To)
{
    /// <summary>The period asked for, refused with VALIDATION (naming <c>to</c>) when it ends before it starts.</summary>
    public static RecordPeriod Of(DateOnly? from, DateOnly? to)
    {
        new InputCheck().Require(from is null || to is null || from <= to, "to", "The period must end on or after it starts.").ThrowIfInvalid();
        return new RecordPeriod(from, to);
    }
}
