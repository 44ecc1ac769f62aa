using GraphQL;
using GraphQL.Types;
using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextualPictureGraphType : ObjectGraphType<ContextualPicture>
{
    public ContextualPictureGraphType()
    {
        Name = "ContextualSafeguarding";
        Description = "Adults of concern and locations linked to two or more young people in the window, with the links.";
        Field(x => x.From);
        Field(x => x.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedAdultGraphType>>>>("adults").WithComplexityImpact(1, 10).Resolve(c => c.Source.Adults);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedLocationGraphType>>>>("locations").WithComplexityImpact(1, 10).Resolve(c => c.Source.Locations);
    }
}
