using GraphQL;
using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Scrutiny.Recommendations;

public sealed class RecommendationGraphType : ObjectGraphType<Recommendation>
{
    public RecommendationGraphType()
    {
        Name = "ScrutinyRecommendation";
        Description = "An item of the independent scrutineer's annual judgement, tracked to closure.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Year);
        Field<NonNullGraphType<ScrutinyThemeGraphType>>("theme").Resolve(c => c.Source.Theme);
        Field<NonNullGraphType<RecommendationKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Text).Description("The scrutineer's words.");
        Field(x => x.Finding, nullable: true);
        Field(x => x.Owner, nullable: true);
        Field(x => x.DueOn, nullable: true);
        Field(x => x.Response, nullable: true);
        Field<NonNullGraphType<RecommendationStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.ClosureEvidence, nullable: true);
        Field(x => x.ClosedOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationChangeGraphType>>>>("history")
            .Description("Status changes, oldest first.")
            .ResolveAsync(async c => await c.Service<RecommendationTracking>().HistoryAsync(c.Source.Id, c.CancellationToken));
    }
}
