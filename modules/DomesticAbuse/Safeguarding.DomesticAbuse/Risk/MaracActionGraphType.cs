using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Risk;

public sealed class MaracActionGraphType : ObjectGraphType<MaracAction>
{
    public MaracActionGraphType()
    {
        Name = "MaracAction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Agency);
        Field(x => x.Action);
        Field(x => x.DueOn);
        Field(x => x.CompletedOn, nullable: true);
    }
}
