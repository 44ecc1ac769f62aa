namespace Safeguarding.Csa.Workstream;

/// <summary>
/// The sexual harm workstream's figures: sexual abuse plans, hospital cases, workshops and awareness work. Counts of
/// children are exact for the CSA working group and withheld when small for everyone else; workshops count staff and
/// awareness work counts young people reached by it, which identifies nobody's abuse, so neither is withheld.
/// </summary>
internal static class WorkstreamGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaPlanQuarterGraphType>>>>("csaSexualAbusePlansByQuarter")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The earliest UK day a counted quarter may end on.").Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The latest UK day a counted quarter may end on.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(PlansByQuarterAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaHospitalCasesGraphType>>>>("csaHospitalSafeguardedCases")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(HospitalCasesAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaWorkshopTrainingGraphType>>>>("csaWorkshopTraining")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(WorkshopTrainingAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<CsaAwarenessActivityGraphType>>>("csaAwarenessActivities").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(AwarenessActivitiesAsync);

        slice.Mutation.Field<NonNullGraphType<CsaHospitalCasesGraphType>>("recordCsaHospitalSafeguardedCases")
            .Argument<NonNullGraphType<FinancialYearGraphType>>("year", "The financial year the count is for, e.g. \"2024/25\".").Argument<NonNullGraphType<IntGraphType>>("cases", "How many children with sexual abuse the hospital safeguarded in the year.")
            .Argument<StringGraphType>("source", "Default: University Hospitals Plymouth NHS Trust.")
            .Allow(Access.WorkingGroupMember).HandledBy(RecordHospitalCasesAsync);

        slice.Mutation.Field<NonNullGraphType<CsaWorkshopTrainingGraphType>>("recordCsaWorkshopTraining").Input<RecordCsaWorkshopTrainingInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordWorkshopTrainingAsync);

        slice.Mutation.Field<NonNullGraphType<CsaAwarenessActivityGraphType>>("recordCsaAwarenessActivity")
            .Input<RecordCsaAwarenessActivityInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordAwarenessActivityAsync);
    }

    /// <summary>
    /// Child protection plans for sexual abuse per quarter ending between from and to: started in the quarter and open
    /// at its end. From the plans the Neglect module records. Aggregates only.
    /// </summary>
    private static async Task<object?> PlansByQuarterAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().PlansByQuarterAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.SmallNumbers(), c.CancellationToken);

    /// <summary>Children with sexual abuse safeguarded at the hospital, per financial year.</summary>
    private static async Task<object?> HospitalCasesAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().HospitalCasesAsync(c.SmallNumbers(), c.CancellationToken);

    /// <summary>The reach of the CSA workshops: sessions and attendees per year and workshop.</summary>
    private static async Task<object?> WorkshopTrainingAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().WorkshopTrainingAsync(c.CancellationToken);

    /// <summary>Awareness work on child sexual abuse led by young people, by year, a page at a time.</summary>
    private static async Task<object?> AwarenessActivitiesAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().AwarenessActivitiesAsync(c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// Records the hospital's count, for a financial year, of children with sexual abuse it safeguarded. Once per year.
    /// CSA working group.
    /// </summary>
    private static async Task<object?> RecordHospitalCasesAsync(IResolveFieldContext c) =>
        HospitalCases.Of(await c.Service<WorkstreamFigures>().RecordHospitalCasesAsync(c.GetArgument<string>("year"), c.GetArgument<int>("cases"),
            c.GetArgument<string?>("source"), c.CancellationToken), c.SmallNumbers());

    /// <summary>Adds sessions and attendees of a CSA workshop to a year's figures. CSA working group.</summary>
    private static async Task<object?> RecordWorkshopTrainingAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().RecordWorkshopTrainingAsync(c.GetArgument<RecordCsaWorkshopTrainingInput>("input"), c.CancellationToken);

    /// <summary>Records awareness work on child sexual abuse led by young people. CSA working group.</summary>
    private static async Task<object?> RecordAwarenessActivityAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().RecordAwarenessActivityAsync(c.GetArgument<RecordCsaAwarenessActivityInput>("input"), c.CancellationToken);
}
