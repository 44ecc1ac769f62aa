namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordMissingEpisodeInputType : IntakeInputGraphType<RecordMissingEpisodeInput>
{
    public RecordMissingEpisodeInputType() : base("RecordMissingEpisodeInput")
    {
        Describe(x => x.WentMissingAt, "When the young person went missing (with its offset, e.g. 2025-03-30T21:40:00+01:00).");
        Describe(x => x.ReturnedAt, "When they returned, if they already have.");
    }
}
