using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordAdultOfConcernInputType : InputObjectGraphType<RecordAdultOfConcernInput>
{
    public RecordAdultOfConcernInputType()
    {
        Name = "RecordAdultOfConcernInput";
        Field(x => x.Name);
        Field(x => x.KnownAs, nullable: true);
        Field(x => x.Notes, nullable: true);
    }
}
