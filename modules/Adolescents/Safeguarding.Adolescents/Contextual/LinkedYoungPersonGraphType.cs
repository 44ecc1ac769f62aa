using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedYoungPersonGraphType : ObjectGraphType<LinkedYoungPerson>
{
    public LinkedYoungPersonGraphType()
    {
        Name = "ContextualSafeguardingYoungPerson";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContextLinkGraphType>>>>("links").WithComplexityImpact(1, 5).Resolve(c => c.Source.Links);
    }
}
