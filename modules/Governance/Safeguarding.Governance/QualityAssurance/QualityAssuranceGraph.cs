namespace Safeguarding.Governance.QualityAssurance;

/// <summary>Case audits and the S.175/157 school audit in the API: each field reads its arguments and calls <see cref="CaseAudits"/> or <see cref="SchoolAudits"/>.</summary>
internal static class QualityAssuranceGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseAuditGraphType>>>>("caseAudits")
            .Description("Multi-agency case audits, by quarter.")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(ListCaseAuditsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditComparisonRowGraphType>>>>("caseAuditComparison")
            .Description("For a repeat audit: each agency's grade in the earlier audit and now, and whether it improved.")
            .Argument<NonNullGraphType<IdGraphType>>("repeatAuditId")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(CompareCaseAuditsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<S175QuestionComplianceGraphType>>>>("s175Compliance")
            .Description("S.175/157 school audit: per question, the percentage of settings answering yes (two decimals) and the change from the previous year.")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(S175ComplianceAsync);

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("createCaseAudit")
            .Description("Plans a multi-agency case audit with the agencies taking part; optionally a repeat of an earlier audit.")
            .Argument<NonNullGraphType<CreateCaseAuditInputType>>("input")
            .Allow(Access.WorkingGroupMember).ResolveAsync(CreateCaseAuditAsync);

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("gradeCaseAuditAgency")
            .Description("Records an agency's grade and finding in an audit not yet completed.")
            .Argument<NonNullGraphType<GradeCaseAuditAgencyInputType>>("input")
            .Allow(Access.WorkingGroupMember).ResolveAsync(GradeCaseAuditAgencyAsync);

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("completeCaseAudit")
            .Description("Completes an audit once every agency taking part is graded.")
            .Argument<NonNullGraphType<IdGraphType>>("auditId")
            .Argument<DateOnlyGraphType>("completedOn")
            .Allow(Access.WorkingGroupMember).ResolveAsync(CompleteCaseAuditAsync);

        slice.Mutation.Field<NonNullGraphType<IntGraphType>>("recordS175Return")
            .Description("Records one setting's S.175/157 return for a year (yes/no per question); answers the number of answers stored.")
            .Argument<NonNullGraphType<RecordS175ReturnInputType>>("input")
            .Allow(Access.WorkingGroupMember).ResolveAsync(RecordS175ReturnAsync);
    }

    private static async Task<object?> ListCaseAuditsAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().ListAsync(c.CancellationToken);

    private static async Task<object?> CompareCaseAuditsAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().CompareAsync(InputCheck.Id(c.GetArgument<string>("repeatAuditId"), "repeatAuditId", "The repeat audit"), c.CancellationToken);

    private static async Task<object?> S175ComplianceAsync(IResolveFieldContext c) =>
        await c.Service<SchoolAudits>().ComplianceAsync(c.GetArgument<string>("year"), c.CancellationToken);

    private static async Task<object?> CreateCaseAuditAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().PlanAsync(c.GetArgument<CreateCaseAuditInput>("input"), c.CancellationToken);

    private static async Task<object?> GradeCaseAuditAgencyAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().GradeAsync(c.GetArgument<GradeCaseAuditAgencyInput>("input"), c.CancellationToken);

    private static async Task<object?> CompleteCaseAuditAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().CompleteAsync(c.GetArgument<string>("auditId"), c.GetArgument<DateOnly?>("completedOn"), c.CancellationToken);

    private static async Task<object?> RecordS175ReturnAsync(IResolveFieldContext c) =>
        await c.Service<SchoolAudits>().RecordReturnAsync(c.GetArgument<RecordS175ReturnInput>("input"), c.CancellationToken);
}
