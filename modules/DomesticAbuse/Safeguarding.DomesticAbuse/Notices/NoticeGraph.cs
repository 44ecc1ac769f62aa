namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>Police Public Protection Notices: intake (<see cref="NoticeIntake"/>) and reading back (<see cref="ProtectionNotices"/>).</summary>
internal static class NoticeGraph
{
    private const string Who = "Domestic Abuse working group.";

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<IntakeResultGraphType>>("recordProtectionNotice")
            .Description($"Records one Public Protection Notice. The same police reference sent again is reported as DUPLICATE and stored once; an invalid notice fails with VALIDATION. {Who}")
            .Input<ProtectionNoticeInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordNoticeAsync);

        slice.Mutation.Field<NonNullGraphType<IntakeBatchGraphType>>("recordProtectionNotices")
            .Description($"Records a batch of Public Protection Notices (up to {NoticeIntake.MaxBatch}) as police systems send them. Each notice is STORED, DUPLICATE or REJECTED with its problems; one bad notice does not fail the others. {Who}")
            .Argument<NonNullGraphType<ListGraphType<ProtectionNoticeInputType>>>("notices", "The notices of the batch, each checked on its own.")
            .Allow(Access.WorkingGroupMember).ChecksItemByItem().HandledBy(RecordNoticesAsync);

        slice.Query.Field<NonNullGraphType<ProtectionNoticeGraphType>>("protectionNotice")
            .Description($"One notice, with its children (subject ids) and adults. {Who}")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The notice, by its id.")
            .Allow(Access.WorkingGroupMember).HandledBy(NoticeAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<ProtectionNoticeGraphType>>>("protectionNotices")
            .Description($"Notices by incident date, most recent first, a page at a time; optionally for one child or one adult (police person reference). {Who}")
            .Argument<DateOnlyGraphType>("from", "Only incidents on or after this UK day.").Argument<DateOnlyGraphType>("to", "Only incidents on or before this UK day.").Argument<IdGraphType>("subjectId")
            .Argument<StringGraphType>("personReference", "Only notices naming the adult with this police person reference.").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(NoticesAsync);
    }

    private static async Task<object?> RecordNoticeAsync(IResolveFieldContext c) =>
        await c.Service<NoticeIntake>().RecordOneAsync(c.GetArgument<ProtectionNoticeInput>("input"), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> RecordNoticesAsync(IResolveFieldContext c) =>
        await c.Service<NoticeIntake>().RecordBatchAsync(c.GetArgument<List<ProtectionNoticeInput?>>("notices") ?? [], c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> NoticeAsync(IResolveFieldContext c) =>
        await c.Service<ProtectionNotices>().FindAsync(c.GetArgument<string>("id"), c.CancellationToken);

    private static async Task<object?> NoticesAsync(IResolveFieldContext c) =>
        await c.Service<ProtectionNotices>().ListAsync(c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"),
            c.GetArgument<string?>("subjectId"), c.GetArgument<string?>("personReference"), c.PageAsked(), c.CancellationToken);
}
