using Safeguarding.DomesticAbuse.Risk;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>Routine enquiry, hospital alerts and what the module holds on a child (<see cref="RoutineEnquiries"/>, <see cref="HospitalAlerts"/>, <see cref="ChildViews"/>).</summary>
internal static class EnquiryGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<RoutineEnquiryGraphType>>("recordRoutineEnquiry").Input<RoutineEnquiryInputType>()
            .Allow(Access.AnyPractitioner).HandledBy(RecordRoutineEnquiryAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoutineEnquiryCountGraphType>>>>("routineEnquiriesByAgency")
            .WithComplexityImpact(1, 10).Argument<DateOnlyGraphType>("from", "The first UK day of the period; left out, 365 days before today.").Argument<DateOnlyGraphType>("to", "The last UK day of the period; left out, today.")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator).HandledBy(RoutineEnquiriesByAgencyAsync);

        slice.Mutation.Field<NonNullGraphType<HospitalAlertGraphType>>("raiseHospitalAlert")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId").Argument<StringGraphType>("reason", $"Default \"{HospitalAlerts.DefaultReason}\".")
            .Allow(Access.WorkingGroupMember).HandledBy(RaiseHospitalAlertAsync);

        slice.Mutation.Field<NonNullGraphType<HospitalAlertGraphType>>("removeHospitalAlert")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId").Argument<NonNullGraphType<StringGraphType>>("reason", "Why the alert is removed; kept with it.")
            .Allow(Access.WorkingGroupMember).HandledBy(RemoveHospitalAlertAsync);

        slice.Subject.Field<NonNullGraphType<ChildViewGraphType>>("domesticAbuse").Allow(Access.WorkingGroupMember).HandledBy(ChildViewAsync);
    }

    /// <summary>
    /// Records a routine enquiry about domestic abuse made in your agency: asked, disclosed, support offered. No one's
    /// identity is recorded. Practitioners of the partnership's working groups, in every agency; not a school's key adult,
    /// who receives Operation Encompass notifications and records nothing else.
    /// </summary>
    private static async Task<object?> RecordRoutineEnquiryAsync(IResolveFieldContext c) =>
        await c.Service<RoutineEnquiries>().RecordAsync(c.GetArgument<RoutineEnquiryInput>("input"), c.User!, c.CancellationToken);

    /// <summary>
    /// Routine enquiries per agency in a period (default the last 365 days). Working group, scrutineer, administrators:
    /// small counts are withheld for those outside the working group.
    /// </summary>
    private static async Task<object?> RoutineEnquiriesByAgencyAsync(IResolveFieldContext c) =>
        await c.Service<RoutineEnquiries>().ByAgencyAsync(ReportingPeriodGraph.Read(c), c.SmallNumbers(), c.CancellationToken);

    /// <summary>
    /// Places a "risk of domestic abuse" alert on a registered child's hospital record. Domestic Abuse working group.
    /// </summary>
    private static async Task<object?> RaiseHospitalAlertAsync(IResolveFieldContext c) =>
        await c.Service<HospitalAlerts>().RaiseAsync(c.GetArgument<string>("subjectId"), c.GetArgument<string?>("reason"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);

    /// <summary>Removes a child's active hospital alert, with the reason. Domestic Abuse working group.</summary>
    private static async Task<object?> RemoveHospitalAlertAsync(IResolveFieldContext c) =>
        await c.Service<HospitalAlerts>().RemoveAsync(c.GetArgument<string>("subjectId"), c.GetArgument<string>("reason"), c.CancellationToken);

    /// <summary>
    /// What the Domestic Abuse module holds on the child: the hospital alert, the setting, notices and Operation
    /// Encompass notifications. Domestic Abuse working group.
    /// </summary>
    private static async Task<object?> ChildViewAsync(IResolveFieldContext<SubjectId> c) =>
        await c.Service<ChildViews>().OfAsync(c.Source.Value, c.CancellationToken);
}
