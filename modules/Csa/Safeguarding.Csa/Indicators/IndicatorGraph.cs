namespace Safeguarding.Csa.Indicators;

/// <summary>Signs and indicators: the categories, a child's chronology, the children flagged, and the multi-agency discussion.</summary>
internal static class IndicatorGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaIndicatorCategoryGraphType>>>>("csaIndicatorCategories")
            .Description("The categories of signs and indicators of child sexual abuse, in order.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(CategoriesAsync);

        slice.Query.Field<NonNullGraphType<CsaChronologyGraphType>>("csaChronology")
            .Description("A child's signs and indicators in the order observed, with the flags raised. CSA working group; every read is audited.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(ChronologyAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaDiscussionFlagGraphType>>>>("csaOpenFlags")
            .Description("Children flagged for a multi-agency discussion that has not yet been recorded, longest waiting first. CSA working group; audited.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(OpenFlagsAsync);

        slice.Mutation.Field<NonNullGraphType<CsaIndicatorRecordedGraphType>>("recordCsaIndicator")
            .Description("Records a sign or indicator of sexual abuse about a registered child. When the child's indicators not yet discussed meet the flagging rule, the child is flagged for a multi-agency discussion (once, until that discussion is recorded). CSA working group.")
            .Argument<NonNullGraphType<RecordCsaIndicatorInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordIndicatorAsync);

        slice.Mutation.Field<NonNullGraphType<CsaDiscussionFlagGraphType>>("recordCsaMultiAgencyDiscussion")
            .Description("Records the multi-agency discussion of a flagged child, closing the flag. The indicators recorded so far count as discussed; later ones can raise a new flag. CSA working group.")
            .Argument<NonNullGraphType<RecordCsaDiscussionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordDiscussionAsync);
    }

    private static async Task<object?> CategoriesAsync(IResolveFieldContext c) =>
        await c.Service<Chronologies>().CategoriesAsync(c.CancellationToken);

    private static async Task<object?> ChronologyAsync(IResolveFieldContext c) =>
        await c.Service<Chronologies>().ReadAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id"), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> OpenFlagsAsync(IResolveFieldContext c) =>
        await c.Service<Chronologies>().OpenFlagsAsync(c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> RecordIndicatorAsync(IResolveFieldContext c) =>
        await c.Service<IndicatorRecords>().RecordAsync(c.GetArgument<RecordCsaIndicatorInput>("input"), c.User!.Agency(), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> RecordDiscussionAsync(IResolveFieldContext c) =>
        await c.Service<MultiAgencyDiscussions>().RecordAsync(c.GetArgument<RecordCsaDiscussionInput>("input"), c.User!.Actor(), c.CancellationToken);
}
