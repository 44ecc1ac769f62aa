namespace Safeguarding.Adolescents.Briefing;

/// <summary>An agreed response as the briefing shows it: what, who owns it, by when and what came of it; not who agreed or did it.</summary>
public sealed class AgreedResponseGraphType : RecordGraphType<AgreedResponse>
{
    public AgreedResponseGraphType() : base("BriefingAgreedResponse", null,
        x => x.BriefingId, x => x.EntryId, x => x.SubjectId, x => x.AgreedAt, x => x.AgreedBy, x => x.DoneBy)
    {
        InUkTime(x => x.DueAt);
        InUkTime(x => x.DoneAt);
    }
}
