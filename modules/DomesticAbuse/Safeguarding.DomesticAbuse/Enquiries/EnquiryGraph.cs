using Safeguarding.DomesticAbuse.Risk;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>Routine enquiry, hospital alerts and what the module holds on a child (<see cref="RoutineEnquiries"/>, <see cref="HospitalAlerts"/>, <see cref="ChildViews"/>).</summary>
internal static class EnquiryGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<RoutineEnquiryGraphType>>("recordRoutineEnquiry")
            .Description("Records a routine enquiry about domestic abuse made in your agency: asked, disclosed, support offered. No one's identity is recorded. Any practitioner.")
            .Argument<NonNullGraphType<RoutineEnquiryInputType>>("input")
            .Allow(Access.AnyPractitioner).ResolveAsync(RecordRoutineEnquiryAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoutineEnquiryCountGraphType>>>>("routineEnquiriesByAgency").WithComplexityImpact(1, 10)
            .Description("Routine enquiries per agency in a period (default the last 365 days). Working group, scrutineer, administrators.")
            .Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator).ResolveAsync(RoutineEnquiriesByAgencyAsync);

        slice.Mutation.Field<NonNullGraphType<HospitalAlertGraphType>>("raiseHospitalAlert")
            .Description("Places a \"risk of domestic abuse\" alert on a registered child's hospital record. Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<StringGraphType>("reason", $"Default \"{HospitalAlerts.DefaultReason}\".")
            .Allow(Access.WorkingGroupMember).ResolveAsync(RaiseHospitalAlertAsync);

        slice.Mutation.Field<NonNullGraphType<HospitalAlertGraphType>>("removeHospitalAlert")
            .Description("Removes a child's active hospital alert, with the reason. Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.WorkingGroupMember).ResolveAsync(RemoveHospitalAlertAsync);

        slice.Subject.Field<NonNullGraphType<ChildViewGraphType>>("domesticAbuse")
            .Description("What the Domestic Abuse module holds on the child: the hospital alert, the setting, notices and Operation Encompass notifications. Domestic Abuse working group.")
            .Allow(Access.WorkingGroupMember).ResolveAsync(ChildViewAsync);
    }

    private static async Task<object?> RecordRoutineEnquiryAsync(IResolveFieldContext c) =>
        await c.Service<RoutineEnquiries>().RecordAsync(c.GetArgument<RoutineEnquiryInput>("input"), c.User!.Agency(), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> RoutineEnquiriesByAgencyAsync(IResolveFieldContext c) =>
        await c.Service<RoutineEnquiries>().ByAgencyAsync(ReportingPeriodGraph.Read(c), c.CancellationToken);

    private static async Task<object?> RaiseHospitalAlertAsync(IResolveFieldContext c) =>
        await c.Service<HospitalAlerts>().RaiseAsync(c.GetArgument<string>("subjectId"), c.GetArgument<string?>("reason"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);

    private static async Task<object?> RemoveHospitalAlertAsync(IResolveFieldContext c) =>
        await c.Service<HospitalAlerts>().RemoveAsync(c.GetArgument<string>("subjectId"), c.GetArgument<string>("reason"), c.CancellationToken);

    private static async Task<object?> ChildViewAsync(IResolveFieldContext<SubjectId> c) =>
        await c.Service<ChildViews>().OfAsync(c.Source.Value, c.CancellationToken);
}
