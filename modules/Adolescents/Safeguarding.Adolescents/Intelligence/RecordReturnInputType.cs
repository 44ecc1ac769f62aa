namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordReturnInputType : RecordInputGraphType<RecordReturnInput>
{
    public RecordReturnInputType() : base("RecordYoungPersonReturnInput")
    {
        Reference(x => x.EpisodeId, required: true);
        ShownAs<IdGraphType>(x => x.LocationIds).Description = "Where the young person was found, if a known location.";
    }
}
