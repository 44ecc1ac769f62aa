namespace Safeguarding.Governance.QualityAssurance;

/// <summary>Section 11 self-assessments in the API: each field reads its arguments and calls <see cref="Section11Submissions"/>.</summary>
internal static class Section11Graph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11SelfAssessmentGraphType>>>>("section11SelfAssessments")
            .Description("Agencies' Section 11 self-assessments for a year.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(SelfAssessmentsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11ComplianceGraphType>>>>("section11Compliance")
            .Description("Per standard, how many agencies rated it met, partly met or not met in a year.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(ComplianceAsync);

        slice.Mutation.Field<NonNullGraphType<Section11SelfAssessmentGraphType>>("submitSection11SelfAssessment")
            .Description("Records an agency's Section 11 self-assessment for a year: every standard rated once, with an action for any not fully met.")
            .Argument<NonNullGraphType<SubmitSection11InputType>>("input")
            .Allow(Access.WorkingGroupMember).ResolveAsync(SubmitAsync);
    }

    private static async Task<object?> SelfAssessmentsAsync(IResolveFieldContext c) =>
        await c.Service<Section11Submissions>().OfYearAsync(c.GetArgument<int>("year"), c.CancellationToken);

    private static async Task<object?> ComplianceAsync(IResolveFieldContext c) =>
        await c.Service<Section11Submissions>().ComplianceAsync(c.GetArgument<int>("year"), c.CancellationToken);

    private static async Task<object?> SubmitAsync(IResolveFieldContext c) =>
        await c.Service<Section11Submissions>().SubmitAsync(c.GetArgument<SubmitSection11Input>("input"), c.CancellationToken);
}
