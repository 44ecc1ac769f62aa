namespace Safeguarding.Adolescents.Briefing;

public sealed class PreviousResponseGraphType : RecordGraphType<PreviousResponseView>
{
    public PreviousResponseGraphType() : base("BriefingPreviousResponse", null)
    {
        ShownAs<AgreedResponseGraphType>(x => x.Response);
        Describe(x => x.Done, "Done by the end of this briefing's day.");
    }
}
