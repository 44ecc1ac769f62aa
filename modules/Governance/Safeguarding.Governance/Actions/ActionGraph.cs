namespace Safeguarding.Governance.Actions;

/// <summary>The bodies' actions in the API: each field reads its arguments and calls <see cref="PartnershipActions"/>.</summary>
internal static class ActionGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<PartnershipActionGraphType>>>("partnershipActions")
            .Argument<EnumerationGraphType<ActionStatus>>("status", "Only actions with this status; left out, every status.").Argument<IdGraphType>("bodyId", "Only actions agreed by this body, by its id.").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ListActionsAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<PartnershipActionGraphType>>>("overdueActions")
            .Argument<DateOnlyGraphType>("asOf", "The UK day overdue is judged at; left out, today.").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(OverdueActionsAsync);

        slice.Mutation.Field<NonNullGraphType<PartnershipActionGraphType>>("createAction").Input<CreateActionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(CreateActionAsync);

        slice.Mutation.Field<NonNullGraphType<PartnershipActionGraphType>>("completeAction").Input<CompleteActionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteActionAsync);
    }

    /// <summary>Actions agreed by the partnership's bodies, by due date (the earliest first), a page at a time.</summary>
    private static async Task<object?> ListActionsAsync(IResolveFieldContext c)
    {
        var bodyId = c.GetArgument<string?>("bodyId") is { } text ? InputCheck.Id(text, "bodyId", "The body") : (Guid?)null;
        return await c.Service<PartnershipActions>().ListAsync(c.GetArgument<ActionStatus?>("status"), bodyId, c.PageAsked(), c.CancellationToken);
    }

    /// <summary>Actions not completed by their due date, oldest first, a page at a time. asOf defaults to today (UK).</summary>
    private static async Task<object?> OverdueActionsAsync(IResolveFieldContext c) =>
        await c.Service<PartnershipActions>().OverdueAsync(c.GetArgument<DateOnly?>("asOf"), c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// Records an action agreed by a body, with its owner and due date. Governance working group members.
    /// </summary>
    private static async Task<object?> CreateActionAsync(IResolveFieldContext c) =>
        await c.Service<PartnershipActions>().AgreeAsync(c.GetArgument<CreateActionInput>("input"), c.CancellationToken);

    /// <summary>Completes an action with the evidence that it was done. Governance working group members.</summary>
    private static async Task<object?> CompleteActionAsync(IResolveFieldContext c) =>
        await c.Service<PartnershipActions>().CompleteAsync(c.GetArgument<CompleteActionInput>("input"), c.CancellationToken);
}
