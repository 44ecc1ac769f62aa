using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordCustodyEpisodeInputType : InputObjectGraphType<RecordCustodyEpisodeInput>
{
    public RecordCustodyEpisodeInputType()
    {
        Name = "RecordCustodyEpisodeInput";
        IntakeGraphFields.Add(this);
        Field(x => x.DetainedAt);
        Field(x => x.ReleasedAt, nullable: true);
    }
}
