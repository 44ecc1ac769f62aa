using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.Paging;

/// <summary>
/// Which page of a list a caller wants, as Relay's cursor connections ask for it: the first <see cref="First"/> after the
/// cursor <see cref="After"/>, or the last <see cref="Last"/> before <see cref="Before"/>. Neither size: the first
/// <see cref="DefaultSize"/>. A list is never cut without saying so: the page says whether more follow.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const int DefaultSize = 100;
    public const int MaxSize = 500;

    /// <summary>How many rows the page holds at most.</summary>
    public int Size => SizeAsked(First, Last);

    /// <summary>
    /// The rows a request for <paramref name="first"/> or <paramref name="last"/> rows asks for: the one rule the page read
    /// and the request's cost both follow (the cost holds it between 1 and <see cref="MaxSize"/>, as
    /// <see cref="Checked"/> refuses anything outside).
    /// </summary>
    public static int SizeAsked(int? first, int? last) => last ?? first ?? DefaultSize;

    /// <summary>Counting back from the end (or from <see cref="Before"/>) rather than forward.</summary>
    public bool Backward => Last is not null;

    /// <summary>VALIDATION unless the sizes are between 1 and <see cref="MaxSize"/> and the request goes one way only.</summary>
    public PageRequest Checked()
    {
        new InputCheck()
            .Require(First is null || First is >= 1 and <= MaxSize, "first", $"Ask for between 1 and {MaxSize} rows a page.")
            .Require(Last is null || Last is >= 1 and <= MaxSize, "last", $"Ask for between 1 and {MaxSize} rows a page.")
            .Require(First is null || Last is null, "last", "Page forward (first, after) or backward (last, before), not both.")
            .Require(After is null || Last is null, "after", "Page forward with first and after, or backward with last and before.")
            .Require(Before is null || First is null, "before", "Page forward with first and after, or backward with last and before.")
            .ThrowIfInvalid();
        return this;
    }
}
