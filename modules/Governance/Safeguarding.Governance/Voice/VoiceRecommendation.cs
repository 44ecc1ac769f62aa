namespace Safeguarding.Governance.Voice;

/// <summary>A recommendation the Young Safeguarders made, and the partnership's response to it.</summary>
public sealed class VoiceRecommendation
{
    public const int MaxText = 2000;
    public const int MaxResponse = 2000;

    private VoiceRecommendation() { }

    public Guid Id { get; private set; }
    public Guid ReviewId { get; private set; }
    /// <summary>What the young safeguarders recommend.</summary>
    public string Text { get; private set; } = "";
    /// <summary>Where the recommendation stands.</summary>
    public RecommendationStatus Status { get; private set; }
    /// <summary>The partnership's response; null until given.</summary>
    public string? Response { get; private set; }
    /// <summary>The UK day the partnership responded; null until then.</summary>
    public DateOnly? RespondedOn { get; private set; }

    /// <summary>A recommendation of the review <paramref name="reviewId"/>, open until the partnership responds.</summary>
    internal static VoiceRecommendation Open(Guid reviewId, string text) =>
        new() { Id = Guid.NewGuid(), ReviewId = reviewId, Text = text.Trim(), Status = RecommendationStatus.Open };

    /// <summary>
    /// The problems with a response as asked, added to <paramref name="check"/> (which may already hold the caller's,
    /// such as the id) and reported together: a response accepts, completes or declines, and says how.
    /// </summary>
    public static void CheckResponse(InputCheck check, RecommendationStatus status, string? response) =>
        check.Require(status != RecommendationStatus.Open, "status", "A response accepts, completes or declines the recommendation.")
            .RequireText(response, "response", "The response", MaxResponse).ThrowIfInvalid();

    /// <summary>
    /// The partnership's response on <paramref name="today"/>. A recommendation may be accepted and later done or
    /// declined, or answered again while accepted; once done or declined its response stands.
    /// </summary>
    public void Respond(RecommendationStatus status, string? response, DateOnly today)
    {
        CheckResponse(new InputCheck(), status, response);
        if (Status is RecommendationStatus.Done or RecommendationStatus.Declined)
            throw DomainException.Conflict($"This recommendation is already {Status.ToString().ToLowerInvariant()}.");
        Status = status;
        Response = response!.Trim();
        RespondedOn = today;
    }
}
