using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class YoungPersonRecordGraphType : ObjectGraphType<YoungPersonRecord>
{
    public YoungPersonRecordGraphType()
    {
        Name = "AdolescentsYoungPerson";
        Description = "What the Adolescents working group holds about a young person, most recent first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingEpisodeGraphType>>>>("missingEpisodes").WithComplexityImpact(1, 10).Resolve(c => c.Source.MissingEpisodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustodyEpisodeGraphType>>>>("custodyEpisodes").WithComplexityImpact(1, 5).Resolve(c => c.Source.CustodyEpisodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExploitationConcernGraphType>>>>("exploitationConcerns").WithComplexityImpact(1, 5).Resolve(c => c.Source.ExploitationConcerns);
        Field<SafetyPlans.SafetyPlanGraphType>("safetyPlan").Description("The Adolescent Safety Framework plan, if there is one.").Resolve(c => c.Source.SafetyPlan);
    }
}
