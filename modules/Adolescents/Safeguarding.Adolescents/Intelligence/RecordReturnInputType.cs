using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordReturnInputType : InputObjectGraphType<RecordReturnInput>
{
    public RecordReturnInputType()
    {
        Name = "RecordYoungPersonReturnInput";
        Field<NonNullGraphType<IdGraphType>>("episodeId");
        Field(x => x.ReturnedAt);
        Field(x => x.WhereFound, nullable: true);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("locationIds").Description("Where the young person was found, if a known location.");
    }
}
