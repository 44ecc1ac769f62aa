namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Children in notices year on year and quarter on quarter (<see cref="ChildrenInNoticesFigures"/>).</summary>
internal static class TrendGraph
{
    private const string Who = "Working group, scrutineer, administrators: small counts are withheld for those outside the working group.";

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildrenInNoticesYearGraphType>>>>("childrenInNoticesByYear")
            .WithComplexityImpact(1, 5)
            .Description($"Children in Public Protection Notices per financial year, oldest first, with year-on-year change. A year with a published figure shows it; other years are counted from stored notices. {Who}")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ByYearAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildrenInNoticesQuarterGraphType>>>>("childrenInNoticesByQuarter")
            .WithComplexityImpact(1, 12)
            .Description($"Children in stored notices per financial quarter, oldest first, with the change on the same quarter a year before. Published annual figures have no quarters. {Who}")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ByQuarterAsync);
    }

    private static async Task<object?> ByYearAsync(IResolveFieldContext c) => await c.Service<ChildrenInNoticesFigures>().ByYearAsync(c.SmallNumbers(), c.CancellationToken);

    private static async Task<object?> ByQuarterAsync(IResolveFieldContext c) => await c.Service<ChildrenInNoticesFigures>().ByQuarterAsync(c.SmallNumbers(), c.CancellationToken);
}
