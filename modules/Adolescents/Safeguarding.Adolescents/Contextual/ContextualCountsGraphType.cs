namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextualCountsGraphType : RecordGraphType<ContextualCounts>
{
    public ContextualCountsGraphType() : base("ContextualSafeguardingCounts",
        "Contextual safeguarding in counts only: no adult, location or young person is identified.")
    {
        Describe(x => x.AdultsLinkedToSeveral, "Adults of concern linked to two or more young people in the window.");
        Describe(x => x.LocationsLinkedToSeveral, "Locations linked to two or more young people in the window.");
        Describe(x => x.YoungPeopleLinked, "Different young people linked to any of them.");
    }
}
