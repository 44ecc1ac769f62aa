using Safeguarding.Adolescents.SafetyPlans;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class YoungPersonRecordGraphType : RecordGraphType<YoungPersonRecord>
{
    public YoungPersonRecordGraphType() : base("AdolescentsYoungPerson", "What the Adolescents working group holds about a young person, most recent first.",
        x => x.SubjectId)
    {
        ShownAs<MissingEpisodeGraphType>(x => x.MissingEpisodes, 10);
        ShownAs<CustodyEpisodeGraphType>(x => x.CustodyEpisodes, 5);
        ShownAs<ExploitationConcernGraphType>(x => x.ExploitationConcerns, 5);
        ShownAs<SafetyPlanGraphType>(x => x.SafetyPlan);
    }
}
