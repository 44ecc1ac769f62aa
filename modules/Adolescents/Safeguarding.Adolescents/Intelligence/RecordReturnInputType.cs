namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordReturnInputType : RecordInputGraphType<RecordReturnInput>
{
    public RecordReturnInputType() : base("RecordYoungPersonReturnInput")
    {
        Reference(x => x.EpisodeId, required: true);
        ShownAs<IdGraphType>(x => x.LocationIds);
    }
}
