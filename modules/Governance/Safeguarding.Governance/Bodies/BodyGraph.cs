using Safeguarding.Governance.Listing;

namespace Safeguarding.Governance.Bodies;

/// <summary>The bodies and their meetings in the API: each field reads its arguments and calls <see cref="PartnershipBodies"/> or <see cref="MeetingRecords"/>.</summary>
internal static class BodyGraph
{
    // How many rows each list holds in a realistic partnership, for the complexity analysis (see docs/modules/governance-learning.md).
    /// <summary>13 bodies are seeded; a partnership's boards, groups and working groups number 10 to 20.</summary>
    public const int BodiesInPartnership = 15;
    /// <summary>Seats per body: the statutory partners' four on the boards, up to a dozen on a group.</summary>
    public const int SeatsPerBody = 10;
    /// <summary>Open and past actions a body owns.</summary>
    public const int ActionsPerBody = 10;
    /// <summary>Decisions per meeting: a board's minutes record 3 to 10 (at most 50 can be recorded).</summary>
    public const int DecisionsPerMeeting = 8;
    /// <summary>Posts attending a meeting.</summary>
    public const int AttendancePerMeeting = 10;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipBodyGraphType>>>>("partnershipBodies").Rows(BodiesInPartnership)
            .Allow(Access.AnySignedIn).HandledBy(ListBodiesAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<MeetingGraphType>>>("meetings")
            .Description("Meetings of the partnership's bodies with their decisions and attendance, newest first (by the day held, then the body's name), " +
                         "a page at a time: of every body or one, from and to a day (both included).")
            .Argument<IdGraphType>("bodyId", "Only this body's meetings.").WithPeriod("Held")
            .Allow(Access.AnySignedIn).HandledBy(ListMeetingsAsync);

        slice.Mutation.Field<NonNullGraphType<BodyMembershipGraphType>>("addBodyMember").Input<AddBodyMemberInputType>()
            .Allow(Access.Administrator).HandledBy(AddBodyMemberAsync);

        slice.Mutation.Field<NonNullGraphType<MeetingGraphType>>("recordMeeting").Input<RecordMeetingInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordMeetingAsync);
    }

    /// <summary>The boards and groups of the partnership with their members and most recent meetings.</summary>
    private static async Task<object?> ListBodiesAsync(IResolveFieldContext c) =>
        await c.Service<PartnershipBodies>().ListAsync(c.CancellationToken);

    private static async Task<object?> ListMeetingsAsync(IResolveFieldContext c) =>
        await c.Service<MeetingRecords>().ListAsync(c.OptionalId("bodyId", "The body"), c.Period(), c.PageAsked(), c.CancellationToken);

    /// <summary>Gives a partner a seat on a board or group. Administrators only.</summary>
    private static async Task<object?> AddBodyMemberAsync(IResolveFieldContext c) =>
        await c.Service<PartnershipBodies>().AddMemberAsync(c.GetArgument<AddBodyMemberInput>("input"), c.CancellationToken);

    /// <summary>
    /// Records a meeting of a body, the decisions it made and, if taken, its attendance. Governance working group
    /// members.
    /// </summary>
    private static async Task<object?> RecordMeetingAsync(IResolveFieldContext c) =>
        await c.Service<MeetingRecords>().RecordAsync(c.GetArgument<RecordMeetingInput>("input"), c.CancellationToken);
}
