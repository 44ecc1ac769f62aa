using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>DASH risk assessment and MARAC (<see cref="DashAssessments"/>, <see cref="MaracReferrals"/>).</summary>
internal static class RiskGraph
{
    private const string Who = "Domestic Abuse working group.";

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<DashAssessmentGraphType>>("completeDashAssessment")
            .Description($"Records a completed DASH checklist (24 answers). High risk (14 or more YES, professional judgement with a reason, or 3 or more notices involving the victim in 12 months) makes a MARAC referral for the meeting given. {Who}")
            .Input<CompleteDashAssessmentInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteDashAssessmentAsync);

        slice.Query.Field<NonNullGraphType<DashAssessmentGraphType>>("dashAssessment")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The DASH assessment, by its id.")
            .Description($"One DASH assessment with its MARAC referral. {Who}")
            .Allow(Access.WorkingGroupMember).HandledBy(DashAssessmentAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<MaracReferralGraphType>>>("maracReferrals")
            .Description($"MARAC referrals by meeting date, the earliest first as an agenda is read, a page at a time, with their actions per agency. {Who}")
            .Argument<DateOnlyGraphType>("meetingFrom", "Meetings on or after this day (default today).")
            .Argument<DateOnlyGraphType>("meetingTo", "Meetings on or before this day (default no end).").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(MaracReferralsAsync);

        slice.Mutation.Field<NonNullGraphType<MaracReferralGraphType>>("addMaracAction")
            .Description($"Records an action agreed at the MARAC for one agency. {Who}")
            .Input<AddMaracActionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(AddMaracActionAsync);

        slice.Mutation.Field<NonNullGraphType<MaracActionGraphType>>("completeMaracAction")
            .Description($"Records that an agency completed its MARAC action. {Who}")
            .Argument<NonNullGraphType<IdGraphType>>("actionId", "The MARAC action completed, by its id.").Argument<DateOnlyGraphType>("completedOn", "Default today.")
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteMaracActionAsync);

        slice.Query.Field<NonNullGraphType<DashSummaryGraphType>>("dashSummary").Argument<DateOnlyGraphType>("from", "The first UK day of the period; left out, 365 days before today.").Argument<DateOnlyGraphType>("to", "The last UK day of the period; left out, today.")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator).HandledBy(DashSummaryAsync);
    }

    private static async Task<object?> CompleteDashAssessmentAsync(IResolveFieldContext c) =>
        await c.Service<DashAssessments>().CompleteAsync(c.GetArgument<CompleteDashAssessmentInput>("input"), c.User!.Agency(), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> DashAssessmentAsync(IResolveFieldContext c) =>
        await c.Service<DashAssessments>().FindAsync(c.GetArgument<string>("id"), c.CancellationToken);

    private static async Task<object?> MaracReferralsAsync(IResolveFieldContext c) =>
        await c.Service<MaracReferrals>().ListAsync(c.GetArgument<DateOnly?>("meetingFrom"), c.GetArgument<DateOnly?>("meetingTo"), c.PageAsked(), c.CancellationToken);

    private static async Task<object?> AddMaracActionAsync(IResolveFieldContext c) =>
        await c.Service<MaracReferrals>().AddActionAsync(c.GetArgument<AddMaracActionInput>("input"), c.CancellationToken);

    private static async Task<object?> CompleteMaracActionAsync(IResolveFieldContext c) =>
        await c.Service<MaracReferrals>().CompleteActionAsync(c.GetArgument<string>("actionId"), c.GetArgument<DateOnly?>("completedOn"), c.CancellationToken);

    /// <summary>
    /// Counts of DASH assessments completed in a period (default the last 365 days), high risk by basis, and MARAC
    /// referrals. Working group, scrutineer, administrators: small counts are withheld for those outside the working group.
    /// </summary>
    private static async Task<object?> DashSummaryAsync(IResolveFieldContext c) =>
        await c.Service<DashAssessments>().SummaryAsync(ReportingPeriodGraph.Read(c), c.SmallNumbers(), c.CancellationToken);
}
