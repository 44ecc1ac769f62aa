using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Trend;

public enum FigureSource { Published, Recorded }

public sealed record ChildrenInNoticesYear(string Year, DateOnly PeriodStart, DateOnly PeriodEnd, int Children, FigureSource Source, string? PublishedIn, int? PreviousYearChildren, decimal? ChangePercent);
public sealed record ChildrenInNoticesQuarter(string Year, int Quarter, DateOnly PeriodStart, DateOnly PeriodEnd, int Children, int? SameQuarterLastYear, decimal? ChangePercent);

public sealed class ChildrenInNoticesYearGraphType : ObjectGraphType<ChildrenInNoticesYear>
{
    public ChildrenInNoticesYearGraphType()
    {
        Name = "ChildrenInNoticesYear";
        Description = "Children named in Public Protection Notices in a financial year (April to March), with the change on the year before.";
        Field(x => x.Year).Description("The financial year, e.g. \"2023/24\".");
        Field(x => x.PeriodStart);
        Field(x => x.PeriodEnd);
        Field(x => x.Children).Description("Children named in notices (a child named in two notices counts twice, as in the police count).");
        Field<NonNullGraphType<EnumerationGraphType<FigureSource>>>("source").Description("PUBLISHED (a published figure) or RECORDED (counted from stored notices).").Resolve(c => c.Source.Source);
        Field(x => x.PublishedIn, nullable: true);
        Field(x => x.PreviousYearChildren, nullable: true);
        Field(x => x.ChangePercent, nullable: true).Description("Change on the previous year as a percentage of it, to one decimal place (half away from zero).");
    }
}

public sealed class ChildrenInNoticesQuarterGraphType : ObjectGraphType<ChildrenInNoticesQuarter>
{
    public ChildrenInNoticesQuarterGraphType()
    {
        Name = "ChildrenInNoticesQuarter";
        Description = "Children named in stored notices in a financial quarter (Q1 April to June), with the change on the same quarter a year before.";
        Field(x => x.Year);
        Field(x => x.Quarter);
        Field(x => x.PeriodStart);
        Field(x => x.PeriodEnd);
        Field(x => x.Children);
        Field(x => x.SameQuarterLastYear, nullable: true);
        Field(x => x.ChangePercent, nullable: true);
    }
}

internal static class TrendGraph
{
    private const string Who = "Working group, scrutineer, administrators.";

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildrenInNoticesYearGraphType>>>>("childrenInNoticesByYear").WithComplexityImpact(1, 5)
            .Description($"Children in Public Protection Notices per financial year, oldest first, with year-on-year change. A year with a published figure shows it; other years are counted from stored notices. {Who}")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var db = c.Service<DomesticAbuseDbContext>();
                var published = await db.PublishedFigures.AsNoTracking().ToListAsync(c.CancellationToken);
                var recorded = (await RecordedByDayAsync(db, c.CancellationToken))
                    .GroupBy(x => FinancialYear.Of(x.Day)).ToDictionary(g => g.Key, g => g.Sum(x => x.Children));
                var years = new SortedDictionary<int, (int Children, FigureSource Source, string? In)>();
                foreach (var (year, children) in recorded) years[year.StartYear] = (children, FigureSource.Recorded, null);
                foreach (var p in published)
                    if (FinancialYear.TryParse(p.Year, out var year)) years[year.StartYear] = (p.Children, FigureSource.Published, p.Source);
                return years.Select(y =>
                {
                    var fy = new FinancialYear(y.Key);
                    int? previous = years.TryGetValue(y.Key - 1, out var p) ? p.Children : null;
                    return new ChildrenInNoticesYear(fy.Label, fy.Starts, fy.Ends, y.Value.Children, y.Value.Source, y.Value.In, previous, TrendRules.ChangePercent(previous, y.Value.Children));
                }).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildrenInNoticesQuarterGraphType>>>>("childrenInNoticesByQuarter").WithComplexityImpact(1, 12)
            .Description($"Children in stored notices per financial quarter, oldest first, with the change on the same quarter a year before. Published annual figures have no quarters. {Who}")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var quarters = (await RecordedByDayAsync(c.Service<DomesticAbuseDbContext>(), c.CancellationToken))
                    .GroupBy(x => FinancialQuarter.Of(x.Day))
                    .ToDictionary(g => g.Key, g => g.Sum(x => x.Children));
                return quarters.Keys.Order().Select(q =>
                {
                    int? previous = quarters.TryGetValue(q with { StartYear = q.StartYear - 1 }, out var p) ? p : null;
                    return new ChildrenInNoticesQuarter(q.Year.Label, q.Number, q.Starts, q.Ends, quarters[q], previous, TrendRules.ChangePercent(previous, quarters[q]));
                }).ToList();
            });
    }

    /// <summary>Children in stored notices per UK day of incident.</summary>
    private static async Task<List<(DateOnly Day, int Children)>> RecordedByDayAsync(DomesticAbuseDbContext db, CancellationToken ct)
    {
        var notices = await db.Notices.AsNoTracking().Select(n => new { n.IncidentAt, n.ChildCount }).ToListAsync(ct);
        return notices.Select(n => (DateOnly.FromDateTime(UkTime.ToUk(n.IncidentAt).DateTime), n.ChildCount)).ToList();
    }
}
