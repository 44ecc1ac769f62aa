namespace Safeguarding.Csa.Hsb;

/// <summary>Harmful sexual behaviour: recording graded incidents, and their count by quarter.</summary>
internal static class HsbGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<CsaHsbIncidentGraphType>>("recordCsaHarmfulSexualBehaviour").Input<RecordCsaHsbInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaHsbQuarterGraphType>>>>("csaHsbByQuarter")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The earliest UK day a counted quarter may end on.").Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The latest UK day a counted quarter may end on.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ByQuarterAsync);
    }

    /// <summary>
    /// Records a child's sexual behaviour graded GREEN, AMBER or RED with the response taken. RED needs a support
    /// referral in the same request. CSA working group.
    /// </summary>
    private static async Task<object?> RecordAsync(IResolveFieldContext c) =>
        await c.Service<HsbRecords>().RecordAsync(c.GetArgument<RecordCsaHsbInput>("input"), c.User!.Agency(), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Harmful sexual behaviour incidents by grade, for each quarter ending between from and to. Aggregates only: exact
    /// for the CSA working group, small counts withheld for everyone else.
    /// </summary>
    private static async Task<object?> ByQuarterAsync(IResolveFieldContext c) =>
        await c.Service<HsbRecords>().ByQuarterAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.SmallNumbers(), c.CancellationToken);
}
