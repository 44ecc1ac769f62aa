using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

/// <summary>What a review learned and what the partnership does about it: findings, the action plan, its completions.</summary>
public sealed class ReviewActionPlans(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>Review actions not completed by their due date on <paramref name="asOf"/> (default today), oldest first, a page at a time.</summary>
    public Task<Page<ReviewAction>> OverdueAsync(DateOnly? asOf, PageRequest page, CancellationToken ct) =>
        db.ReviewActions.OverdueOnAsync(asOf ?? clock.Today(), page, ct);

    public async Task<ReviewFinding> AddFindingAsync(AddReviewFindingInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
        var finding = ReviewFinding.Record(reviewId, input.Theme, input.Text, check);
        if (!await db.Reviews.AnyAsync(r => r.Id == reviewId, ct)) throw DomainException.NotFound("review", reviewId);
        db.ReviewFindings.Add(finding);
        await db.SaveChangesAsync(ct);
        return finding;
    }

    public async Task<ReviewAction> AddActionAsync(AddReviewActionInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
        var bodyId = check.ParseId(input.OwnerBodyId, "ownerBodyId", "The owning body");
        var action = ReviewAction.Plan(reviewId, input.Title, bodyId, input.StartsOn, input.DueDate, check);
        var review = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw DomainException.NotFound("review", reviewId);
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, ct)) throw DomainException.NotFound("partnership body", bodyId);
        review.AcceptAction(action);
        db.ReviewActions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task<ReviewAction> CompleteActionAsync(CompleteActionInput input, CancellationToken ct)
    {
        var completion = ActionCompletion.Of(input, clock.Today());
        var action = await db.ReviewActions.FirstOrDefaultAsync(a => a.Id == completion.ActionId, ct)
            ?? throw DomainException.NotFound("review action", completion.ActionId);
        db.Publish(action.Complete(completion));
        await db.SaveChangesAsync(ct);
        return action;
    }
}
