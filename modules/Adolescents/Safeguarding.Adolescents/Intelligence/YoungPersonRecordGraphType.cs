using Safeguarding.Adolescents.SafetyPlans;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class YoungPersonRecordGraphType : RecordGraphType<YoungPersonRecord>
{
    public YoungPersonRecordGraphType() : base("AdolescentsYoungPerson", "What the Adolescents working group holds about a young person, most recent first.",
        x => x.SubjectId)
    {
        Rows(x => x.MissingEpisodes, 10);
        Rows(x => x.CustodyEpisodes, 5);
        Rows(x => x.ExploitationConcerns, 5);
    }
}
