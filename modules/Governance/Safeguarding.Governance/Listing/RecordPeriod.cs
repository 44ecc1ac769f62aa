namespace Safeguarding.Governance.Listing;

/// <summary>
/// Which records a list shows, newest first: those dated from and to a day (both included, either left open), at most
/// <see cref="Last"/> of them. Records beyond are reached by narrowing the dates, so no list grows without bound.
/// </summary>
public sealed record RecordWindow(DateOnly? From, DateOnly? To, int Last)
{
    /// <summary>
    /// The window asked for, refused with VALIDATION (naming <c>last</c> or <c>to</c>) when it makes no sense.
    /// <paramref name="records"/> names them for the message, with how to see more, e.g. "meetings (narrow the dates to see further back)".
    /// </summary>
    public static RecordWindow Of(DateOnly? from, DateOnly? to, int last, int most, string records)
    {
        new InputCheck()
            .Require(last >= 1 && last <= most, "last", $"Ask for between 1 and {most} {records}.")
            .Require(from is null || to is null || from <= to, "to", "The period must end on or after it starts.")
            .ThrowIfInvalid();
        return new RecordWindow(from, to, last);
    }
}
