using GraphQL;
using GraphQL.Types;
using Safeguarding.Neglect.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Neglect.Assessments;

/// <summary>The working group's list of assessments across children, filtered: what a workspace lists before a child is opened.</summary>
internal static class AssessmentListGraph
{
    public const int MaxLast = 500;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAssessmentGraphType>>>>("neglectAssessmentList").WithComplexityImpact(1, 20)
            .Description("Assessments of every child, most recently observed first, filtered by status, agency and the days observed. " +
                         "Children appear by subject id only. Neglect working group.")
            .Argument<EnumerationGraphType<AssessmentStatus>>("status")
            .Argument<StringGraphType>("agency", "Part of the agency's name.")
            .Argument<DateOnlyGraphType>("observedFrom")
            .Argument<DateOnlyGraphType>("observedTo")
            .Argument<IntGraphType>("last", $"How many to return (default 50, at most {MaxLast}).")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var status = c.GetArgument<AssessmentStatus?>("status");
                var agency = c.GetArgument<string?>("agency")?.Trim();
                var from = c.GetArgument<DateOnly?>("observedFrom");
                var to = c.GetArgument<DateOnly?>("observedTo");
                var last = c.GetArgument<int?>("last") ?? 50;
                new InputCheck()
                    .Require(from is null || to is null || from <= to, "observedTo", "The last day observed must be on or after the first.")
                    .Require(last is >= 1 and <= MaxLast, "last", $"Ask for between 1 and {MaxLast} assessments.")
                    .OptionalText(agency, "agency", "The agency", 200)
                    .ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                var query = db.Assessments.AsQueryable();
                if (status is not null) query = query.Where(a => a.Status == status);
                if (!string.IsNullOrEmpty(agency)) query = query.Where(a => a.Agency.ToLower().Contains(agency.ToLower()));
                if (from is not null) query = query.Where(a => a.ObservedOn >= from);
                if (to is not null) query = query.Where(a => a.ObservedOn <= to);
                query = query.OrderByDescending(a => a.ObservedOn).ThenByDescending(a => a.Version).Take(last);
                var views = await AssessmentView.LoadAsync(db, query, c.CancellationToken);
                return views.OrderByDescending(v => v.Assessment.ObservedOn).ThenByDescending(v => v.Assessment.Version).ToList();
            });
    }
}
