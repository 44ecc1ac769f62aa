namespace Safeguarding.Adolescents.Briefing;

public sealed class PreviousResponseGraphType : RecordGraphType<PreviousResponseView>
{
    public PreviousResponseGraphType() : base("BriefingPreviousResponse", null)
    {
    }
}
