using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Voice;

/// <summary>Records the Young Safeguarders' quarterly scorecard reviews and the partnership's responses to their recommendations.</summary>
public sealed class YoungSafeguardersReviews(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>Every review, newest first, a page at a time.</summary>
    public Task<Page<ScorecardReview>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.ScorecardReviews.AsNoTracking().PageNewestFirstAsync(page, r => r.ReviewedOn, r => r.Id, ct);

    /// <summary>The recommendations of these reviews, by their text.</summary>
    public Task<List<VoiceRecommendation>> RecommendationsOfAsync(IReadOnlyList<Guid> reviews, CancellationToken ct) =>
        db.VoiceRecommendations.AsNoTracking().Where(r => reviews.Contains(r.ReviewId)).OrderBy(r => r.Text).ToListAsync(ct);

    /// <summary>A quarter's review with its recommendations; one review per quarter.</summary>
    public async Task<ScorecardReview> RecordAsync(RecordScorecardReviewInput input, CancellationToken ct)
    {
        var (review, recommendations) = ScorecardReview.Record(input.Quarter, input.ReviewedOn, input.Summary, input.Recommendations ?? [], clock.Today());
        if (await db.ScorecardReviews.AnyAsync(r => r.Quarter == review.Quarter, ct)) throw ScorecardReview.AlreadyRecorded(review.Quarter);
        db.ScorecardReviews.Add(review);
        db.VoiceRecommendations.AddRange(recommendations);
        await db.SaveChangesAsync(ct);
        return review;
    }

    /// <summary>The partnership's response to a recommendation, dated today.</summary>
    public async Task<VoiceRecommendation> RespondAsync(string? recommendationId, RecommendationStatus status, string? response, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = check.ParseId(recommendationId, "recommendationId", "The recommendation");
        VoiceRecommendation.CheckResponse(check, status, response);
        var recommendation = await db.VoiceRecommendations.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw DomainException.NotFound("recommendation", id);
        recommendation.Respond(status, response, clock.Today());
        await db.SaveChangesAsync(ct);
        return recommendation;
    }
}
