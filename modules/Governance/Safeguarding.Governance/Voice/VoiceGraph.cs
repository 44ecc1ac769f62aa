using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.Voice;

public enum RecommendationStatus { Open, Accepted, Done, Declined }

/// <summary>The Young Safeguarders' quarterly review of the partnership's scorecard.</summary>
public sealed class ScorecardReview
{
    public Guid Id { get; set; }
    /// <summary>e.g. "2023/24 Q2"; one review per quarter.</summary>
    public string Quarter { get; set; } = "";
    public DateOnly ReviewedOn { get; set; }
    public string Summary { get; set; } = "";
}

/// <summary>A recommendation the Young Safeguarders made, and the partnership's response to it.</summary>
public sealed class VoiceRecommendation
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Text { get; set; } = "";
    public RecommendationStatus Status { get; set; }
    public string? Response { get; set; }
    public DateOnly? RespondedOn { get; set; }
}

public sealed class VoiceRecommendationGraphType : ObjectGraphType<VoiceRecommendation>
{
    public VoiceRecommendationGraphType()
    {
        Name = "YoungSafeguardersRecommendation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Text);
        Field<NonNullGraphType<EnumerationGraphType<RecommendationStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Response, nullable: true);
        Field(x => x.RespondedOn, nullable: true);
    }
}

public sealed class ScorecardReviewGraphType : ObjectGraphType<ScorecardReview>
{
    public ScorecardReviewGraphType()
    {
        Name = "YoungSafeguardersScorecardReview";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Quarter);
        Field(x => x.ReviewedOn);
        Field(x => x.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoiceRecommendationGraphType>>>>("recommendations")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().VoiceRecommendations.AsNoTracking()
                .Where(r => r.ReviewId == c.Source.Id).OrderBy(r => r.Text).ToListAsync(c.CancellationToken));
    }
}

public sealed class RecordScorecardReviewInput
{
    public string? Quarter { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public string? Summary { get; set; }
    public List<string>? Recommendations { get; set; }
}

public sealed class RecordScorecardReviewInputType : InputObjectGraphType<RecordScorecardReviewInput>
{
    public RecordScorecardReviewInputType()
    {
        Name = "RecordYoungSafeguardersReviewInput";
        Field(x => x.Quarter).Description("e.g. 2023/24 Q2.");
        Field(x => x.ReviewedOn);
        Field(x => x.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recommendations");
    }
}

internal static class VoiceGraph
{
    private const Access Readers = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScorecardReviewGraphType>>>>("youngSafeguardersReviews")
            .Description("The Young Safeguarders' quarterly scorecard reviews and their recommendations, newest first.")
            .Allow(Readers)
            .ResolveAsync(async c => await c.Service<GovernanceDbContext>().ScorecardReviews.AsNoTracking()
                .OrderByDescending(r => r.ReviewedOn).ToListAsync(c.CancellationToken));

        slice.Mutation.Field<NonNullGraphType<ScorecardReviewGraphType>>("recordYoungSafeguardersReview")
            .Argument<NonNullGraphType<RecordScorecardReviewInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordScorecardReviewInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var recs = input.Recommendations ?? [];
                var check = new InputCheck();
                check.Require(FinancialQuarter.TryParseExact(input.Quarter, out _), "quarter", "The quarter must look like 2023/24 Q2.")
                    .Require(input.ReviewedOn <= today, "reviewedOn", "A review cannot be dated in the future.")
                    .RequireText(input.Summary, "summary", "The summary", 4000);
                for (var i = 0; i < recs.Count; i++) check.RequireText(recs[i], $"recommendations[{i}]", "A recommendation", 2000);
                check.ThrowIfInvalid();
                if (await db.ScorecardReviews.AnyAsync(r => r.Quarter == input.Quarter, c.CancellationToken))
                    throw PartnershipError.Conflict($"The {input.Quarter} review is already recorded.");
                var review = new ScorecardReview { Id = Guid.NewGuid(), Quarter = input.Quarter!, ReviewedOn = input.ReviewedOn, Summary = input.Summary!.Trim() };
                db.ScorecardReviews.Add(review);
                foreach (var r in recs) db.VoiceRecommendations.Add(new VoiceRecommendation { Id = Guid.NewGuid(), ReviewId = review.Id, Text = r.Trim(), Status = RecommendationStatus.Open });
                await db.SaveChangesAsync(c.CancellationToken);
                return review;
            });

        slice.Mutation.Field<NonNullGraphType<VoiceRecommendationGraphType>>("respondToYoungSafeguardersRecommendation")
            .Argument<NonNullGraphType<IdGraphType>>("recommendationId")
            .Argument<NonNullGraphType<EnumerationGraphType<RecommendationStatus>>>("status")
            .Argument<NonNullGraphType<StringGraphType>>("response")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var db = c.Service<GovernanceDbContext>();
                var status = c.GetArgument<RecommendationStatus>("status");
                var response = c.GetArgument<string>("response");
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("recommendationId"), "recommendationId", "The recommendation");
                check.Require(status != RecommendationStatus.Open, "status", "A response accepts, completes or declines the recommendation.")
                    .RequireText(response, "response", "The response", 2000).ThrowIfInvalid();
                var rec = await db.VoiceRecommendations.FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("recommendation", id);
                if (rec.Status is RecommendationStatus.Done or RecommendationStatus.Declined)
                    throw PartnershipError.Conflict($"This recommendation is already {rec.Status.ToString().ToLowerInvariant()}.");
                rec.Status = status;
                rec.Response = response.Trim();
                rec.RespondedOn = c.Service<TimeProvider>().Today();
                await db.SaveChangesAsync(c.CancellationToken);
                return rec;
            });
    }
}
