namespace Safeguarding.Csa.Workstream;

/// <summary>The sexual harm workstream's figures: sexual abuse plans, hospital cases, workshops and awareness work.</summary>
internal static class WorkstreamGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaPlanQuarterGraphType>>>>("csaSexualAbusePlansByQuarter")
            .Description("Child protection plans for sexual abuse per quarter ending between from and to: started in the quarter and open at its end. From the plans the Neglect module records. Aggregates only.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(Audiences.WorkingGroupAndOversight)
            .ResolveAsync(PlansByQuarterAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaHospitalCasesGraphType>>>>("csaHospitalSafeguardedCases")
            .Description("Children with sexual abuse safeguarded at the hospital, per financial year.")
            .Allow(Audiences.WorkingGroupAndOversight)
            .ResolveAsync(HospitalCasesAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaWorkshopTrainingGraphType>>>>("csaWorkshopTraining")
            .Description("The reach of the CSA workshops: sessions and attendees per year and workshop.")
            .Allow(Audiences.WorkingGroupAndOversight)
            .ResolveAsync(WorkshopTrainingAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaAwarenessActivityGraphType>>>>("csaAwarenessActivities")
            .Description("Awareness work on child sexual abuse led by young people, by year.")
            .Allow(Audiences.WorkingGroupAndOversight)
            .ResolveAsync(AwarenessActivitiesAsync);

        slice.Mutation.Field<NonNullGraphType<CsaHospitalCasesGraphType>>("recordCsaHospitalSafeguardedCases")
            .Description("Records the hospital's count, for a financial year, of children with sexual abuse it safeguarded. Once per year. CSA working group.")
            .Argument<NonNullGraphType<StringGraphType>>("year", "e.g. \"2024-25\"")
            .Argument<NonNullGraphType<IntGraphType>>("cases")
            .Argument<StringGraphType>("source", "Default: University Hospitals Plymouth NHS Trust.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordHospitalCasesAsync);

        slice.Mutation.Field<NonNullGraphType<CsaWorkshopTrainingGraphType>>("recordCsaWorkshopTraining")
            .Description("Adds sessions and attendees of a CSA workshop to a year's figures. CSA working group.")
            .Argument<NonNullGraphType<RecordCsaWorkshopTrainingInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordWorkshopTrainingAsync);

        slice.Mutation.Field<NonNullGraphType<CsaAwarenessActivityGraphType>>("recordCsaAwarenessActivity")
            .Description("Records awareness work on child sexual abuse led by young people. CSA working group.")
            .Argument<NonNullGraphType<RecordCsaAwarenessActivityInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordAwarenessActivityAsync);
    }

    private static async Task<object?> PlansByQuarterAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().PlansByQuarterAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.CancellationToken);

    private static async Task<object?> HospitalCasesAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().HospitalCasesAsync(c.CancellationToken);

    private static async Task<object?> WorkshopTrainingAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().WorkshopTrainingAsync(c.CancellationToken);

    private static async Task<object?> AwarenessActivitiesAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().AwarenessActivitiesAsync(c.CancellationToken);

    private static async Task<object?> RecordHospitalCasesAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().RecordHospitalCasesAsync(c.GetArgument<string>("year"), c.GetArgument<int>("cases"), c.GetArgument<string?>("source"), c.CancellationToken);

    private static async Task<object?> RecordWorkshopTrainingAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().RecordWorkshopTrainingAsync(c.GetArgument<RecordCsaWorkshopTrainingInput>("input"), c.CancellationToken);

    private static async Task<object?> RecordAwarenessActivityAsync(IResolveFieldContext c) =>
        await c.Service<WorkstreamFigures>().RecordAwarenessActivityAsync(c.GetArgument<RecordCsaAwarenessActivityInput>("input"), c.CancellationToken);
}
