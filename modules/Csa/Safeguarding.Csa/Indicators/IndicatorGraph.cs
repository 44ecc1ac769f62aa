namespace Safeguarding.Csa.Indicators;

/// <summary>Signs and indicators: the categories, a child's chronology, the children flagged, and the multi-agency discussion.</summary>
internal static class IndicatorGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaIndicatorCategoryGraphType>>>>("csaIndicatorCategories")
            .Allow(Access.AnySignedIn).HandledBy(CategoriesAsync);

        slice.Query.Field<NonNullGraphType<CsaChronologyGraphType>>("csaChronology").Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.WorkingGroupMember).HandledBy(ChronologyAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<CsaDiscussionFlagGraphType>>>("csaOpenFlags").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(OpenFlagsAsync);

        slice.Mutation.Field<NonNullGraphType<CsaIndicatorRecordedGraphType>>("recordCsaIndicator").Input<RecordCsaIndicatorInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordIndicatorAsync);

        slice.Mutation.Field<NonNullGraphType<CsaDiscussionFlagGraphType>>("recordCsaMultiAgencyDiscussion").Input<RecordCsaDiscussionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordDiscussionAsync);
    }

    /// <summary>The categories of signs and indicators of child sexual abuse, in order.</summary>
    private static async Task<object?> CategoriesAsync(IResolveFieldContext c) =>
        await c.Service<Chronologies>().CategoriesAsync(c.CancellationToken);

    /// <summary>
    /// A child's signs and indicators in the order observed, with the flags raised. CSA working group; every read is
    /// audited.
    /// </summary>
    private static async Task<object?> ChronologyAsync(IResolveFieldContext c) =>
        await c.Service<Chronologies>().ReadAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id"), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Children flagged for a multi-agency discussion that has not yet been recorded, longest waiting first, a page at
    /// a time. CSA working group; audited.
    /// </summary>
    private static async Task<object?> OpenFlagsAsync(IResolveFieldContext c) =>
        await c.Service<Chronologies>().OpenFlagsAsync(c.User!.Actor(), c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// Records a sign or indicator of sexual abuse about a registered child. When the child's indicators not yet
    /// discussed meet the flagging rule, the child is flagged for a multi-agency discussion (once, until that
    /// discussion is recorded). CSA working group.
    /// </summary>
    private static async Task<object?> RecordIndicatorAsync(IResolveFieldContext c) =>
        await c.Service<IndicatorRecords>().RecordAsync(c.GetArgument<RecordCsaIndicatorInput>("input"), c.User!.Agency(), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Records the multi-agency discussion of a flagged child, closing the flag. The indicators recorded so far count
    /// as discussed; later ones can raise a new flag. CSA working group.
    /// </summary>
    private static async Task<object?> RecordDiscussionAsync(IResolveFieldContext c) =>
        await c.Service<MultiAgencyDiscussions>().RecordAsync(c.GetArgument<RecordCsaDiscussionInput>("input"), c.User!.Actor(), c.CancellationToken);
}
