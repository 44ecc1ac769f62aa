using GraphQL.Types;

namespace Safeguarding.Adolescents.Briefing;

public sealed class BriefingFiguresGraphType : ObjectGraphType<BriefingFigures>
{
    public BriefingFiguresGraphType()
    {
        Name = "DailyIntelligenceBriefingFigures";
        Description = "A published briefing in counts only: no young person is identified.";
        Field(x => x.Date);
        Field(x => x.Entries);
        Field(x => x.NewMissing);
        Field(x => x.MissingNow);
        Field(x => x.InCustody);
        Field(x => x.ExploitationRising);
        Field(x => x.RepeatMissing);
        Field(x => x.ResponsesAgreed);
        Field(x => x.ResponsesDone);
    }
}
