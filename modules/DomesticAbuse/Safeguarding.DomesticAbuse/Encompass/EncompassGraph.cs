using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>Operation Encompass: notifications for the working group and key adults, acknowledgement, and the counts (<see cref="EncompassNotifications"/>, <see cref="EncompassFigures"/>).</summary>
internal static class EncompassGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<EncompassNotificationGraphType>>>("encompassNotifications")
            .Argument<IdGraphType>("settingId", "Only this setting's notifications, by its id.").Argument<BooleanGraphType>("unacknowledgedOnly", "True for notifications not yet acknowledged only.")
            .Argument<DateOnlyGraphType>("from", "Incidents on or after this day (UK time).").Argument<DateOnlyGraphType>("to", "Incidents on or before this day (UK time).").Paged()
            .Allow(Access.WorkingGroupMember | Access.AnyPractitioner).HandledBy(EncompassNotificationsAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<EncompassNotificationGraphType>>>("overdueEncompassNotifications")
            .Argument<IdGraphType>("settingId", "Only this setting's notifications, by its id.").Paged()
            .Allow(Access.WorkingGroupMember | Access.AnyPractitioner).HandledBy(OverdueEncompassNotificationsAsync);

        slice.Subscription.Field<NonNullGraphType<OverdueEncompassNotificationGraphType>>("encompassNotificationOverdue")
            .Description("Each Operation Encompass notification as it becomes overdue (not acknowledged by the start of the next school day). " +
                         "Domestic abuse working group.")
            .Allow(Access.WorkingGroupMember).ResolveStream(c => c.Service<ILiveUpdates>().Watch<EncompassNotificationBecameLate>());

        slice.Mutation.Field<NonNullGraphType<EncompassNotificationGraphType>>("acknowledgeEncompassNotification")
            .Argument<NonNullGraphType<IdGraphType>>("notificationId", "The notification to acknowledge, by its id.")
            .Allow(Access.AnyPractitioner).HandledBy(AcknowledgeEncompassNotificationAsync);

        slice.Query.Field<NonNullGraphType<EncompassSummaryGraphType>>("encompassSummary")
            .Argument<DateOnlyGraphType>("from", "The first UK day of the period; left out, 365 days before today.").Argument<DateOnlyGraphType>("to", "The last UK day of the period; left out, today.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(EncompassSummaryAsync);

        slice.Query.Field<NonNullGraphType<EncompassGapsGraphType>>("encompassGaps")
            .Argument<DateOnlyGraphType>("from", "The first UK day of the period notices are counted in; left out, 365 days before today.").Argument<DateOnlyGraphType>("to", "The last UK day of the period; left out, today.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(EncompassGapsAsync);
    }

    /// <summary>
    /// Operation Encompass notifications, most recent deadline first, a page at a time. The Domestic Abuse working group
    /// sees every setting's; a school's key adult only their own setting's.
    /// </summary>
    private static async Task<object?> EncompassNotificationsAsync(IResolveFieldContext c) =>
        await c.Service<EncompassNotifications>().ListAsync(c.User!, c.GetArgument<string?>("settingId"), c.GetArgument<bool?>("unacknowledgedOnly") == true,
            c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// Notifications not acknowledged by their deadline (the start of the next school day), the longest overdue first, a
    /// page at a time. Working group; a key adult sees their own setting's.
    /// </summary>
    private static async Task<object?> OverdueEncompassNotificationsAsync(IResolveFieldContext c) =>
        await c.Service<EncompassNotifications>().OverdueAsync(c.User!, c.GetArgument<string?>("settingId"), c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// The school's key adult acknowledges a notification for their setting; on time when before the start of the next
    /// school day. Key adults only.
    /// </summary>
    private static async Task<object?> AcknowledgeEncompassNotificationAsync(IResolveFieldContext c) =>
        await c.Service<EncompassNotifications>().AcknowledgeAsync(c.GetArgument<string>("notificationId"), KeyAdults.SettingOf(c.User!), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Counts of Operation Encompass notifications for incidents in a period (default the last 365 days), in total and
    /// by setting. Working group, scrutineer, administrators: small counts are withheld for those outside the working group.
    /// </summary>
    private static async Task<object?> EncompassSummaryAsync(IResolveFieldContext c) =>
        await c.Service<EncompassFigures>().SummaryAsync(ReportingPeriodGraph.Read(c), c.SmallNumbers(), c.CancellationToken);

    /// <summary>
    /// Settings not subscribed to Operation Encompass, with how many children attending them were named in notices in
    /// the period, and children with no known setting. Working group, scrutineer, administrators: small counts are withheld
    /// for those outside the working group.
    /// </summary>
    private static async Task<object?> EncompassGapsAsync(IResolveFieldContext c) =>
        await c.Service<EncompassFigures>().GapsAsync(ReportingPeriodGraph.Read(c), c.SmallNumbers(), c.CancellationToken);
}
