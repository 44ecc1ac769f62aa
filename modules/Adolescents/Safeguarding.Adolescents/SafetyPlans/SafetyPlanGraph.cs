namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>Adolescent Safety Framework plans: started and reviewed as numbered versions, their actions marked done.</summary>
internal static class SafetyPlanGraph
{
    // How many rows each list holds for a realistic plan, for the complexity analysis (see docs/modules/adolescents.md).
    public const int RisksPerVersion = 5;
    public const int ActionsPerVersion = 5;
    /// <summary>A plan reviewed every four to six weeks for a year.</summary>
    public const int VersionsPerPlan = 10;
    public const int ChangesPerVersion = 5;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<SafetyPlanGraphType>>("saveAdolescentSafetyPlan")
            .Description("Starts a young person's Adolescent Safety Framework plan (version 1) or reviews it: the risks, actions and next review date given " +
                         "become the plan's next version. Earlier versions are kept and read back as the plan's history. Adolescents working group.")
            .Input<SaveSafetyPlanInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(SavePlanAsync);

        slice.Mutation.Field<NonNullGraphType<SafetyPlanActionGraphType>>("completeSafetyPlanAction")
            .Argument<NonNullGraphType<IdGraphType>>("actionId", "The action of the current plan that was done, by its id.")
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteActionAsync);
    }

    private static async Task<object?> SavePlanAsync(IResolveFieldContext c) =>
        await c.Service<SafetyPlanReviews>().SaveAsync(c.GetArgument<SaveSafetyPlanInput>("input"), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Records that an action of a young person's current Adolescent Safety Framework plan was done today. Adolescents
    /// working group.
    /// </summary>
    private static async Task<object?> CompleteActionAsync(IResolveFieldContext c) =>
        await c.Service<SafetyPlanReviews>().CompleteActionAsync(c.GetArgument<string>("actionId"), c.CancellationToken);
}
