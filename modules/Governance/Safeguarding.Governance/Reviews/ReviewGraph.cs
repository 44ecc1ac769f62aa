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
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<LearningReviewGraphType>>>("learningReviews")
            .Argument<EnumerationGraphType<ReviewKind>>("kind", "Only reviews of this kind; left out, both kinds.").Paged()
            .Allow(Members).HandledBy(ListReviewsAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<LearningReviewGraphType>>>("rapidReviewsAtRisk")
            .Description($"Undecided Rapid Reviews that are overdue or have {LearningReview.AtRiskWorkingDays} working days or fewer left, by deadline (the earliest first), " +
                         "a page at a time. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf", "The UK day the working days left are counted from; left out, today.").Paged()
            .Allow(Members).HandledBy(RapidReviewsAtRiskAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<ReviewActionGraphType>>>("overdueReviewActions")
            .Argument<DateOnlyGraphType>("asOf", "The UK day overdue is judged at; left out, today.").Paged()
            .Allow(Members).HandledBy(OverdueReviewActionsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewTimelinessGraphType>>>>("learningReviewTimeliness")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(TimelinessAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("openRapidReview").Input<OpenRapidReviewInputType>()
            .Allow(Members).HandledBy(OpenRapidReviewAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("openLearningFromExperienceReview")
            .Input<OpenLearningFromExperienceReviewInputType>()
            .Allow(Members).HandledBy(OpenLearningFromExperienceReviewAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("recordReviewAgreement").Input<RecordReviewAgreementInputType>()
            .Allow(Members).HandledBy(RecordReviewAgreementAsync);

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("decideRapidReview").Input<DecideRapidReviewInputType>()
            .Allow(Members).HandledBy(DecideRapidReviewAsync);

        slice.Mutation.Field<NonNullGraphType<ReviewFindingGraphType>>("addReviewFinding").Input<AddReviewFindingInputType>()
            .Allow(Members).HandledBy(AddReviewFindingAsync);

        slice.Mutation.Field<NonNullGraphType<ReviewActionGraphType>>("addReviewAction").Input<AddReviewActionInputType>()
            .Allow(Members).HandledBy(AddReviewActionAsync);

        slice.Mutation.Field<NonNullGraphType<ReviewActionGraphType>>("completeReviewAction").Input<CompleteReviewActionInputType>()
            .Allow(Members).HandledBy(CompleteReviewActionAsync);
    }

    /// <summary>
    /// Rapid Reviews and Learning from Experience reviews, newest notified first, a page at a time. Governance working
    /// group.
    /// </summary>
    private static async Task<object?> ListReviewsAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().ListAsync(c.GetArgument<ReviewKind?>("kind"), c.PageAsked(), c.CancellationToken);

    private static async Task<object?> RapidReviewsAtRiskAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().AtRiskAsync(c.GetArgument<DateOnly?>("asOf"), c.PageAsked(), c.CancellationToken);

    /// <summary>Review actions not completed by their due date, oldest first, a page at a time. asOf defaults to today (UK).</summary>
    private static async Task<object?> OverdueReviewActionsAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().OverdueAsync(c.GetArgument<DateOnly?>("asOf"), c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// Per calendar year of notification: Rapid Reviews, how many decided within 15 working days, and the in-time rate.
    /// Counts only.
    /// </summary>
    private static async Task<object?> TimelinessAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().TimelinessAsync(c.SmallNumbers(), c.CancellationToken);

    /// <summary>
    /// Opens a Rapid Review for a serious incident notification; its deadline is 15 working days after the
    /// notification.
    /// </summary>
    private static async Task<object?> OpenRapidReviewAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().OpenRapidReviewAsync(c.GetArgument<OpenRapidReviewInput>("input"), c.CancellationToken);

    /// <summary>Opens a Learning from Experience review, where the criteria for a CSPR are not met.</summary>
    private static async Task<object?> OpenLearningFromExperienceReviewAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().OpenLearningFromExperienceAsync(c.GetArgument<OpenLearningFromExperienceReviewInput>("input"), c.CancellationToken);

    /// <summary>
    /// Records (or changes) a statutory partner's agreement to a Rapid Review's outcome, until the review is decided.
    /// </summary>
    private static async Task<object?> RecordReviewAgreementAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().RecordAgreementAsync(c.GetArgument<RecordReviewAgreementInput>("input"), c.CancellationToken);

    /// <summary>
    /// Decides a Rapid Review's outcome. Refused (CONFLICT) unless every statutory partner has agreed that same
    /// outcome.
    /// </summary>
    private static async Task<object?> DecideRapidReviewAsync(IResolveFieldContext c) =>
        await c.Service<LearningReviews>().DecideAsync(c.GetArgument<DecideRapidReviewInput>("input"), c.CancellationToken);

    /// <summary>Adds a finding under a theme to a review.</summary>
    private static async Task<object?> AddReviewFindingAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().AddFindingAsync(c.GetArgument<AddReviewFindingInput>("input"), c.CancellationToken);

    /// <summary>Adds an action to a review's action plan, owned by a body.</summary>
    private static async Task<object?> AddReviewActionAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().AddActionAsync(c.GetArgument<AddReviewActionInput>("input"), c.CancellationToken);

    /// <summary>Completes a review action with the evidence that it was done.</summary>
    private static async Task<object?> CompleteReviewActionAsync(IResolveFieldContext c) =>
        await c.Service<ReviewActionPlans>().CompleteActionAsync(c.GetArgument<CompleteActionInput>("input"), c.CancellationToken);
}
