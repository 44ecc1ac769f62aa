namespace Safeguarding.Governance.QualityAssurance;

/// <summary>Case audits and the S.175/157 school audit in the API: each field reads its arguments and calls <see cref="CaseAudits"/> or <see cref="SchoolAudits"/>.</summary>
internal static class QualityAssuranceGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<CaseAuditGraphType>>>("caseAudits").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ListCaseAuditsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditComparisonRowGraphType>>>>("caseAuditComparison")
            .Argument<NonNullGraphType<IdGraphType>>("repeatAuditId", "The repeat audit, by its id; it is compared with the audit it repeats.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(CompareCaseAuditsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<S175QuestionComplianceGraphType>>>>("s175Compliance")
            .Argument<NonNullGraphType<FinancialYearGraphType>>("year", "The financial year of the audit, e.g. \"2024/25\"; compared with the year before.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(S175ComplianceAsync);

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("createCaseAudit").Input<CreateCaseAuditInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(CreateCaseAuditAsync);

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("gradeCaseAuditAgency").Input<GradeCaseAuditAgencyInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(GradeCaseAuditAgencyAsync);

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("completeCaseAudit")
            .Argument<NonNullGraphType<IdGraphType>>("auditId", "The audit to complete, by its id.").Argument<DateOnlyGraphType>("completedOn", "The UK day the audit was completed; left out, today.")
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteCaseAuditAsync);

        slice.Mutation.Field<NonNullGraphType<IntGraphType>>("recordS175Return").Input<RecordS175ReturnInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordS175ReturnAsync);
    }

    /// <summary>Multi-agency case audits, by quarter (the earliest first), then topic, a page at a time.</summary>
    private static async Task<object?> ListCaseAuditsAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().ListAsync(c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// For a repeat audit: each agency's grade in the earlier audit and now, and whether it improved.
    /// </summary>
    private static async Task<object?> CompareCaseAuditsAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().CompareAsync(InputCheck.Id(c.GetArgument<string>("repeatAuditId"), "repeatAuditId", "The repeat audit"), c.CancellationToken);

    /// <summary>
    /// S.175/157 school audit: per question, the percentage of settings answering yes (two decimals) and the change
    /// from the previous year.
    /// </summary>
    private static async Task<object?> S175ComplianceAsync(IResolveFieldContext c) =>
        await c.Service<SchoolAudits>().ComplianceAsync(c.GetArgument<string>("year"), c.CancellationToken);

    /// <summary>
    /// Plans a multi-agency case audit with the agencies taking part; optionally a repeat of an earlier audit.
    /// </summary>
    private static async Task<object?> CreateCaseAuditAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().PlanAsync(c.GetArgument<CreateCaseAuditInput>("input"), c.CancellationToken);

    /// <summary>Records an agency's grade and finding in an audit not yet completed.</summary>
    private static async Task<object?> GradeCaseAuditAgencyAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().GradeAsync(c.GetArgument<GradeCaseAuditAgencyInput>("input"), c.CancellationToken);

    /// <summary>Completes an audit once every agency taking part is graded.</summary>
    private static async Task<object?> CompleteCaseAuditAsync(IResolveFieldContext c) =>
        await c.Service<CaseAudits>().CompleteAsync(c.GetArgument<string>("auditId"), c.GetArgument<DateOnly?>("completedOn"), c.CancellationToken);

    /// <summary>
    /// Records one setting's S.175/157 return for a year (yes/no per question); answers the number of answers stored.
    /// </summary>
    private static async Task<object?> RecordS175ReturnAsync(IResolveFieldContext c) =>
        await c.Service<SchoolAudits>().RecordReturnAsync(c.GetArgument<RecordS175ReturnInput>("input"), c.CancellationToken);
}
