using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class LocationGraphType : ObjectGraphType<Location>
{
    public LocationGraphType()
    {
        Name = "AdolescentLocation";
        Description = "A place linked to young people at risk. Held only in the Adolescents module.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.Kind, nullable: true);
    }
}
