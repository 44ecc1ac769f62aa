using GraphQL;
using GraphQL.Types;
using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedAdultGraphType : ObjectGraphType<LinkedAdult>
{
    public LinkedAdultGraphType()
    {
        Name = "ContextualSafeguardingAdult";
        Field<NonNullGraphType<AdultOfConcernGraphType>>("adult").Resolve(c => c.Source.Adult);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedYoungPersonGraphType>>>>("youngPeople").WithComplexityImpact(1, 5).Resolve(c => c.Source.YoungPeople);
    }
}
