namespace Safeguarding.Governance.Voice;

/// <summary>The Young Safeguarders' quarterly review of the partnership's scorecard.</summary>
public sealed class ScorecardReview
{
    public const int MaxSummary = 4000;

    private ScorecardReview() { }

    public Guid Id { get; private set; }
    /// <summary>e.g. "2023/24 Q2"; one review per quarter.</summary>
    public string Quarter { get; private set; } = "";
    /// <summary>The UK day they reviewed the scorecard.</summary>
    public DateOnly ReviewedOn { get; private set; }
    /// <summary>What they made of the scorecard, in their words.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>
    /// A quarter's review as the Young Safeguarders gave it: a financial quarter ("2023/24 Q2"), reviewed by today, a
    /// summary, and the recommendations they made, each opened for the partnership's response. Every problem is
    /// reported together. That the quarter has no review yet is the caller's to check against what is recorded.
    /// </summary>
    public static (ScorecardReview Review, IReadOnlyList<VoiceRecommendation> Recommendations) Record(string? quarter, DateOnly reviewedOn, string? summary,
        IReadOnlyList<string?> recommendations, DateOnly today)
    {
        var check = new InputCheck()
            .Require(FinancialQuarter.TryParseExact(quarter, out _), "quarter", "The quarter must look like 2023/24 Q2.")
            .Require(reviewedOn <= today, "reviewedOn", "A review cannot be dated in the future.")
            .RequireText(summary, "summary", "The summary", MaxSummary);
        for (var i = 0; i < recommendations.Count; i++) check.RequireText(recommendations[i], $"recommendations[{i}]", "A recommendation", VoiceRecommendation.MaxText);
        check.ThrowIfInvalid();
        var review = new ScorecardReview { Id = Guid.NewGuid(), Quarter = quarter!, ReviewedOn = reviewedOn, Summary = summary!.Trim() };
        return (review, recommendations.Select(text => VoiceRecommendation.Open(review.Id, text!)).ToList());
    }

    /// <summary>The answer when the quarter already has its review.</summary>
    public static DomainException AlreadyRecorded(string quarter) => DomainException.Conflict($"The {quarter} review is already recorded.");
}
