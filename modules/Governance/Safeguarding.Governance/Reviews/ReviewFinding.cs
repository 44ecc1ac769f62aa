namespace Safeguarding.Governance.Reviews;

/// <summary>A finding of a review under a theme (e.g. "professional curiosity", "accurate chronologies").</summary>
public sealed class ReviewFinding
{
    public const int MaxThemeLength = 200;
    public const int MaxTextLength = 4000;

    private ReviewFinding() { }

    public Guid Id { get; private set; }
    public Guid ReviewId { get; private set; }
    /// <summary>Stored in lower case, so that findings of one theme from different reviews are counted together.</summary>
    public string Theme { get; private set; } = "";
    /// <summary>What was found.</summary>
    public string Text { get; private set; } = "";

    /// <summary>
    /// A finding as written: a theme and its text. Problems are added to <paramref name="check"/>, which already holds any
    /// the caller found while reading the input, and reported together.
    /// </summary>
    public static ReviewFinding Record(Guid reviewId, string? theme, string? text, InputCheck check)
    {
        check.RequireText(theme, "theme", "The theme", MaxThemeLength).RequireText(text, "text", "The finding", MaxTextLength).ThrowIfInvalid();
        return new ReviewFinding { Id = Guid.NewGuid(), ReviewId = reviewId, Theme = theme!.Trim().ToLowerInvariant(), Text = text!.Trim() };
    }
}
