namespace Safeguarding.Neglect.Workstream;

/// <summary>The neglect workstream: child protection plans, and the figures the workstream reports.</summary>
internal static class WorkstreamGraph
{
    /// <summary>
    /// Whole-partnership figures: no child can be told apart in them. Counts of children are exact for the Neglect working
    /// group, and withheld when small for the scrutineer and administrators (<see cref="DisclosureControl"/>).
    /// </summary>

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectQuarterShareGraphType>>>>("neglectShareByQuarter")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The earliest UK day a counted quarter may end on.").Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The latest UK day a counted quarter may end on.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ShareByQuarterAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Gcp2AgencyUseGraphType>>>>("gcp2UseByAgency")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The earliest UK day a counted quarter may end on.").Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The latest UK day a counted quarter may end on.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(Gcp2UseByAgencyAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DentalExtractionsGraphType>>>>("neglectDentalExtractions")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(DentalExtractionsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectTrainingReachGraphType>>>>("neglectTrainingReach")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(TrainingReachAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<ChildProtectionPlanGraphType>>>("neglectChildProtectionPlans")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(PlansOfChildAsync);

        slice.Mutation.Field<NonNullGraphType<ChildProtectionPlanGraphType>>("recordChildProtectionPlan").Input<RecordChildProtectionPlanInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordPlanAsync);

        slice.Mutation.Field<NonNullGraphType<ChildProtectionPlanGraphType>>("endChildProtectionPlan")
            .Argument<NonNullGraphType<IdGraphType>>("planId", "The child protection plan that ended, by its id.").Argument<NonNullGraphType<DateOnlyGraphType>>("endedOn", "The UK day the plan ended.")
            .Allow(Access.WorkingGroupMember).HandledBy(EndPlanAsync);

        slice.Mutation.Field<NonNullGraphType<DentalExtractionsGraphType>>("recordDentalExtractions")
            .Argument<NonNullGraphType<FinancialYearGraphType>>("year", "The financial year the count is for, e.g. \"2024/25\".").Argument<NonNullGraphType<IntGraphType>>("children", "How many children had teeth extracted because of decay in the year.")
            .Argument<StringGraphType>("reportedBy", "Default: University Hospitals Plymouth NHS Trust.")
            .Allow(Access.WorkingGroupMember).HandledBy(RecordDentalExtractionsAsync);

        slice.Mutation.Field<NonNullGraphType<NeglectTrainingReachGraphType>>("recordNeglectTraining")
            .Argument<NonNullGraphType<FinancialYearGraphType>>("year", "The financial year the sessions fall in, e.g. \"2024/25\".").Argument<NonNullGraphType<StringGraphType>>("topic", "The training's topic, as the working group reports it.")
            .Argument<NonNullGraphType<IntGraphType>>("sessions", "How many sessions were held.").Argument<NonNullGraphType<IntGraphType>>("attendees", "How many people attended those sessions.")
            .Allow(Access.WorkingGroupMember).HandledBy(RecordTrainingAsync);
    }

    /// <summary>
    /// For each quarter ending between from and to: child protection plans open at its end, and neglect's share of
    /// them.
    /// </summary>
    private static async Task<object?> ShareByQuarterAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().ShareByQuarterAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.SmallNumbers(), c.CancellationToken);

    /// <summary>
    /// Completed Graded Care Profile 2 assessments per agency per quarter (by the day completed), for quarters ending
    /// between from and to.
    /// </summary>
    private static async Task<object?> Gcp2UseByAgencyAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().Gcp2UseByAgencyAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.SmallNumbers(), c.CancellationToken);

    /// <summary>The hospital's yearly count of children with dental extractions due to decay.</summary>
    private static async Task<object?> DentalExtractionsAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().DentalExtractionsAsync(c.SmallNumbers(), c.CancellationToken);

    /// <summary>Neglect training delivered: sessions and attendees per year and topic.</summary>
    private static async Task<object?> TrainingReachAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().TrainingAsync(c.CancellationToken);

    /// <summary>A child's child protection plans, the earliest started first, a page at a time. Neglect working group.</summary>
    private static async Task<object?> PlansOfChildAsync(IResolveFieldContext c) =>
        await c.Service<ProtectionPlanRecords>().OfChildAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id"),
            c.PageAsked(), c.CancellationToken);

    /// <summary>Records that a registered child's child protection plan started. Neglect working group.</summary>
    private static async Task<object?> RecordPlanAsync(IResolveFieldContext c) =>
        await c.Service<ProtectionPlanRecords>().RecordStartAsync(c.GetArgument<RecordChildProtectionPlanInput>("input"), c.CancellationToken);

    /// <summary>Records that a child protection plan ended. Neglect working group.</summary>
    private static async Task<object?> EndPlanAsync(IResolveFieldContext c)
    {
        var check = new InputCheck();
        var planId = check.ParseId(c.GetArgument<string>("planId"), "planId", "The plan");
        return await c.Service<ProtectionPlanRecords>().EndAsync(planId, c.GetArgument<DateOnly>("endedOn"), check, c.CancellationToken);
    }

    /// <summary>
    /// Records the hospital's count, for a financial year, of children with dental extractions due to decay. Neglect
    /// working group.
    /// </summary>
    private static async Task<object?> RecordDentalExtractionsAsync(IResolveFieldContext c) =>
        DentalExtractions.Of(await c.Service<WorkstreamFigures>().RecordDentalExtractionsAsync(c.GetArgument<string>("year"), c.GetArgument<int>("children"),
            c.GetArgument<string?>("reportedBy"), c.CancellationToken), c.SmallNumbers());

    /// <summary>
    /// Adds sessions and attendees of neglect training to a year's figures for a topic. Neglect working group.
    /// </summary>
    private static async Task<object?> RecordTrainingAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().RecordTrainingAsync(c.GetArgument<string>("year"), c.GetArgument<string>("topic"),
            c.GetArgument<int>("sessions"), c.GetArgument<int>("attendees"), c.CancellationToken);
}
