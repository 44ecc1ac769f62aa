namespace Safeguarding.Governance.QualityAssurance;

/// <summary>Section 11 self-assessments in the API: each field reads its arguments and calls <see cref="Section11Submissions"/>.</summary>
internal static class Section11Graph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11SelfAssessmentGraphType>>>>("section11SelfAssessments")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year of the self-assessments, e.g. 2024.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(SelfAssessmentsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11ComplianceGraphType>>>>("section11Compliance")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year of the self-assessments, e.g. 2024.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ComplianceAsync);

        slice.Mutation.Field<NonNullGraphType<Section11SelfAssessmentGraphType>>("submitSection11SelfAssessment").Input<SubmitSection11InputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(SubmitAsync);
    }

    /// <summary>Agencies' Section 11 self-assessments for a year.</summary>
    private static async Task<object?> SelfAssessmentsAsync(IResolveFieldContext c) =>
        await c.Service<Section11Submissions>().OfYearAsync(c.GetArgument<int>("year"), c.CancellationToken);

    /// <summary>Per standard, how many agencies rated it met, partly met or not met in a year.</summary>
    private static async Task<object?> ComplianceAsync(IResolveFieldContext c) =>
        await c.Service<Section11Submissions>().ComplianceAsync(c.GetArgument<int>("year"), c.CancellationToken);

    /// <summary>
    /// Records an agency's Section 11 self-assessment for a year: every standard rated once, with an action for any not
    /// fully met.
    /// </summary>
    private static async Task<object?> SubmitAsync(IResolveFieldContext c) =>
        await c.Service<Section11Submissions>().SubmitAsync(c.GetArgument<SubmitSection11Input>("input"), c.CancellationToken);
}
