using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordMissingEpisodeInputType : InputObjectGraphType<RecordMissingEpisodeInput>
{
    public RecordMissingEpisodeInputType()
    {
        Name = "RecordMissingEpisodeInput";
        IntakeGraphFields.Add(this);
        Field(x => x.WentMissingAt).Description("When the young person went missing (with its offset, e.g. 2025-03-30T21:40:00+01:00).");
        Field(x => x.ReturnedAt, nullable: true).Description("When they returned, if they already have.");
        Field(x => x.WhereFound, nullable: true);
    }
}
