namespace Safeguarding.Adolescents.Intelligence;

public sealed class CustodyEpisodeGraphType : RecordGraphType<CustodyEpisode>
{
    public CustodyEpisodeGraphType() : base("AdolescentCustodyEpisode", null, x => x.RecordedAt, x => x.RecordedBy)
    {
        InUkTime(x => x.DetainedAt);
        InUkTime(x => x.ReleasedAt);
    }
}
