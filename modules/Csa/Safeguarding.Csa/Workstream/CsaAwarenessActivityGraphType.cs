using GraphQL.Types;

namespace Safeguarding.Csa.Workstream;

public sealed class CsaAwarenessActivityGraphType : ObjectGraphType<AwarenessActivity>
{
    public CsaAwarenessActivityGraphType()
    {
        Name = "CsaAwarenessActivity";
        Description = "Awareness work on child sexual abuse led by young people.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Year);
        Field(x => x.Title);
        Field(x => x.Partners);
        Field(x => x.Summary);
        Field(x => x.YoungPeopleReached, nullable: true).Description("Empty unless a count was reported.");
    }
}
