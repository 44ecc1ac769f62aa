using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewActionGraphType : RecordGraphType<ReviewAction>
{
    public ReviewActionGraphType() : base("ReviewAction", "An action of a review's action plan, owned by a body.", x => x.OwnerBodyId)
    {
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True when it is not completed and its due date has passed.").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        this.BodyField("ownerBody", x => x.OwnerBodyId).Description("The body that owns it.");
    }
}
