using GraphQL.Types;

namespace Safeguarding.Governance.Bodies;

public sealed class DecisionGraphType : ObjectGraphType<Decision>
{
    public DecisionGraphType()
    {
        Name = "Decision";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Number);
        Field(x => x.Text);
    }
}
