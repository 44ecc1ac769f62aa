namespace Safeguarding.Neglect.Assessments;

/// <summary>The working group's list of assessments across children, filtered: what a workspace lists before a child is opened.</summary>
internal static class AssessmentListGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<NeglectAssessmentGraphType>>>("neglectAssessmentList")
            .Description("Assessments of every child, most recently observed first, a page at a time, filtered by status, agency and the days observed. " +
                         "Children appear by subject id only. Neglect working group.")
            .Argument<EnumerationGraphType<AssessmentStatus>>("status", "Only assessments with this status; left out, every status.").Argument<StringGraphType>("agency", "Part of the agency's name.")
            .Argument<DateOnlyGraphType>("observedFrom", "Only assessments observed on or after this UK day.").Argument<DateOnlyGraphType>("observedTo", "Only assessments observed on or before this UK day.").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(ListAsync);
    }

    private static async Task<object?> ListAsync(IResolveFieldContext c) =>
        await c.Service<AssessmentHistory>().ListAsync(c.GetArgument<AssessmentStatus?>("status"), c.GetArgument<string?>("agency"),
            c.GetArgument<DateOnly?>("observedFrom"), c.GetArgument<DateOnly?>("observedTo"), c.PageAsked(), c.CancellationToken);
}
