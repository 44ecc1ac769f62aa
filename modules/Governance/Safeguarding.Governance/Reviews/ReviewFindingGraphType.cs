using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewFindingGraphType : ObjectGraphType<ReviewFinding>
{
    public ReviewFindingGraphType()
    {
        Name = "ReviewFinding";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Theme).Description("e.g. professional curiosity, accurate chronologies.");
        Field(x => x.Text);
    }
}
