using GraphQL;
using GraphQL.Types;
using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedLocationGraphType : ObjectGraphType<LinkedLocation>
{
    public LinkedLocationGraphType()
    {
        Name = "ContextualSafeguardingLocation";
        Field<NonNullGraphType<LocationGraphType>>("location").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedYoungPersonGraphType>>>>("youngPeople").WithComplexityImpact(1, 5).Resolve(c => c.Source.YoungPeople);
    }
}
