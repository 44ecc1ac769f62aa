namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>The improvement plans in the API: each field reads its arguments and calls <see cref="ImprovementPlanning"/>.</summary>
internal static class ImprovementPlanGraph
{

    // How many rows each list holds in a realistic partnership, for the complexity analysis (see docs/modules/governance-learning.md).
    /// <summary>The 2014/15 Corporate Safeguarding Improvement Plan has five outcomes.</summary>
    public const int OutcomesPerPlan = 5;
    public const int ActivitiesPerOutcome = 4;
    public const int MilestonesPerActivity = 3;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<PlanProgressGraphType>>>("improvementPlans").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ListPlansAsync);

        slice.Query.Field<NonNullGraphType<PlanProgressGraphType>>("improvementPlan").Argument<NonNullGraphType<IdGraphType>>("id", "The improvement plan, by its id.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(FindPlanAsync);

        slice.Mutation.Field<NonNullGraphType<PlanProgressGraphType>>("createImprovementPlan").Input<CreatePlanInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(CreatePlanAsync);

        slice.Mutation.Field<NonNullGraphType<PlanActivityGraphType>>("addImprovementActivity").Input<AddActivityInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(AddActivityAsync);

        slice.Mutation.Field<NonNullGraphType<PlanMilestoneGraphType>>("addImprovementMilestone").Input<AddMilestoneInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(AddMilestoneAsync);

        slice.Mutation.Field<NonNullGraphType<PlanMilestoneGraphType>>("completeImprovementMilestone")
            .Argument<NonNullGraphType<IdGraphType>>("milestoneId", "The milestone reached, by its id.").Argument<DateOnlyGraphType>("completedOn", "The UK day the milestone was reached; left out, today.")
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteMilestoneAsync);
    }

    /// <summary>
    /// Improvement plans by start, a page at a time, with their progress (milestones, completed, overdue, percent
    /// complete) and, in full, their outcomes, activities and milestones.
    /// </summary>
    private static async Task<object?> ListPlansAsync(IResolveFieldContext c) =>
        await c.Service<ImprovementPlanning>().ListAsync(c.PageAsked(), c.CancellationToken);

    /// <summary>One improvement plan with its progress and, in full, its outcomes, activities and milestones.</summary>
    private static async Task<object?> FindPlanAsync(IResolveFieldContext c) =>
        await c.Service<ImprovementPlanning>().FindAsync(c.GetArgument<string>("id"), c.CancellationToken);

    /// <summary>Creates an improvement plan with its title, owning partner and dates. Governance working group members.</summary>
    private static async Task<object?> CreatePlanAsync(IResolveFieldContext c) =>
        await c.Service<ImprovementPlanning>().CreateAsync(c.GetArgument<CreatePlanInput>("input"), c.CancellationToken);

    /// <summary>Adds an activity to an improvement plan, under one of its outcomes. Governance working group members.</summary>
    private static async Task<object?> AddActivityAsync(IResolveFieldContext c) =>
        await c.Service<ImprovementPlanning>().AddActivityAsync(c.GetArgument<AddActivityInput>("input"), c.CancellationToken);

    /// <summary>Adds a milestone to an activity, with its owner and due date. Governance working group members.</summary>
    private static async Task<object?> AddMilestoneAsync(IResolveFieldContext c) =>
        await c.Service<ImprovementPlanning>().AddMilestoneAsync(c.GetArgument<AddMilestoneInput>("input"), c.CancellationToken);

    /// <summary>Records that a milestone was reached. Governance working group members.</summary>
    private static async Task<object?> CompleteMilestoneAsync(IResolveFieldContext c) =>
        await c.Service<ImprovementPlanning>().CompleteMilestoneAsync(c.GetArgument<string>("milestoneId"), c.GetArgument<DateOnly?>("completedOn"), c.CancellationToken);
}
