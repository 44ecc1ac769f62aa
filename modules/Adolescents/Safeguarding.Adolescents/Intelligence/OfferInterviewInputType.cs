namespace Safeguarding.Adolescents.Intelligence;

public sealed class OfferInterviewInputType : RecordInputGraphType<OfferInterviewInput>
{
    public OfferInterviewInputType() : base("OfferReturnHomeInterviewInput")
    {
        Reference(x => x.EpisodeId, required: true);
    }
}
