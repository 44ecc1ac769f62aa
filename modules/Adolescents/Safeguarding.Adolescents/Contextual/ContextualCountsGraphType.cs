using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextualCountsGraphType : ObjectGraphType<ContextualCounts>
{
    public ContextualCountsGraphType()
    {
        Name = "ContextualSafeguardingCounts";
        Description = "Contextual safeguarding in counts only: no adult, location or young person is identified.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.AdultsLinkedToSeveral).Description("Adults of concern linked to two or more young people in the window.");
        Field(x => x.LocationsLinkedToSeveral).Description("Locations linked to two or more young people in the window.");
        Field(x => x.YoungPeopleLinked).Description("Different young people linked to any of them.");
    }
}
