using Safeguarding.Governance.Actions;

namespace Safeguarding.Governance.Reviews;

/// <summary>The learning reviews' part of the API: each field reads its arguments and calls <see cref="LearningReviews"/> or <see cref="ReviewActionPlans"/>.</summary>
internal static class ReviewGraph
{
    /// <summary>Reviews may name a subject id: the Governance working group only.</summary>
    private const Access Members = Access.WorkingGroupMember;
    /// <summary>Counts and rates, no ids: the scrutineer and administrators too.</summary>

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LearningReviewGraphType>>>>("learningReviews")
            .Description("Rapid Reviews and Learning from Experience reviews, newest first. Governance working group.")
            .Argument<EnumerationGraphType<ReviewKind>>("kind")
            .Allow(Members).ResolveAsync(ListReviewsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LearningReviewGraphType>>>>("rapidReviewsAtRisk")
            .Description($"Undecided Rapid Reviews that are overdue or have {LearningReview.AtRiskWorkingDays} working days or fewer left, by deadline. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Members).ResolveAsync(RapidReviewsAtRiskAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewActionGraphType>>>>("overdueReviewActions")
            .Description("Review actions not completed by their due date, oldest first. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Members).ResolveAsync(OverdueReviewActionsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewTimelinessGraphType>>>>("learningReviewTimeliness")
            .Description("Per calendar year of notification: Rapid Reviews, how many decided within 15 working days, and the in-time rate. Counts only.")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(TimelinessAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("openRapidReview")
            .Description("Opens a Rapid Review for a serious incident notification; its deadline is 15 working days after the notification.")
            .Argument<NonNullGraphType<OpenRapidReviewInputType>>("input")
            .Allow(Members).ResolveAsync(OpenRapidReviewAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("openLearningFromExperienceReview")
            .Description("Opens a Learning from Experience review, where the criteria for a CSPR are not met.")
            .Argument<NonNullGraphType<OpenLearningFromExperienceReviewInputType>>("input")
            .Allow(Members).ResolveAsync(OpenLearningFromExperienceReviewAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("recordReviewAgreement")
            .Description("Records (or changes) a statutory partner's agreement to a Rapid Review's outcome, until the review is decided.")
            .Argument<NonNullGraphType<RecordReviewAgreementInputType>>("input")
            .Allow(Members).ResolveAsync(RecordReviewAgreementAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("decideRapidReview")
            .Description("Decides a Rapid Review's outcome. Refused (CONFLICT) unless every statutory partner has agreed that same outcome.")
            .Argument<NonNullGraphType<DecideRapidReviewInputType>>("input")
            .Allow(Members).ResolveAsync(DecideRapidReviewAsync);

        slice.Mutation.Field<NonNullGraphType<ReviewFindingGraphType>>("addReviewFinding")
            .Description("Adds a finding under a theme to a review.")
            .Argument<NonNullGraphType<AddReviewFindingInputType>>("input")
            .Allow(Members).ResolveAsync(AddReviewFindingAsync);

        slice.Mutation.Field<NonNullGraphType<ReviewActionGraphType>>("addReviewAction")
            .Description("Adds an action to a review's action plan, owned by a body.")
            .Argument<NonNullGraphType<AddReviewActionInputType>>("input")
            .Allow(Members).ResolveAsync(AddReviewActionAsync);

        slice.Mutation.Field<NonNullGraphType<ReviewActionGraphType>>("completeReviewAction")
            .Description("Completes a review action with the evidence that it was done.")
            .Argument<NonNullGraphType<CompleteReviewActionInputType>>("input")
            .Allow(Members).ResolveAsync(CompleteReviewActionAsync);
    }

    private static async Task<object?> ListReviewsAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().ListAsync(c.GetArgument<ReviewKind?>("kind"), c.CancellationToken);

    private static async Task<object?> RapidReviewsAtRiskAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().AtRiskAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);

    private static async Task<object?> OverdueReviewActionsAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().OverdueAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);

    private static async Task<object?> TimelinessAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().TimelinessAsync(c.CancellationToken);

    private static async Task<object?> OpenRapidReviewAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().OpenRapidReviewAsync(c.GetArgument<OpenRapidReviewInput>("input"), c.CancellationToken);

    private static async Task<object?> OpenLearningFromExperienceReviewAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().OpenLearningFromExperienceAsync(c.GetArgument<OpenLearningFromExperienceReviewInput>("input"), c.CancellationToken);

    private static async Task<object?> RecordReviewAgreementAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().RecordAgreementAsync(c.GetArgument<RecordReviewAgreementInput>("input"), c.CancellationToken);

    private static async Task<object?> DecideRapidReviewAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().DecideAsync(c.GetArgument<DecideRapidReviewInput>("input"), c.CancellationToken);

    private static async Task<object?> AddReviewFindingAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().AddFindingAsync(c.GetArgument<AddReviewFindingInput>("input"), c.CancellationToken);

    private static async Task<object?> AddReviewActionAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().AddActionAsync(c.GetArgument<AddReviewActionInput>("input"), c.CancellationToken);

    private static async Task<object?> CompleteReviewActionAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().CompleteActionAsync(c.GetArgument<CompleteActionInput>("input"), c.CancellationToken);
}
