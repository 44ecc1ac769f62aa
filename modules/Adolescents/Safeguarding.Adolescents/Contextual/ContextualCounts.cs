namespace Safeguarding.Adolescents.Contextual;

/// <summary>The contextual picture in counts only: no adult, location or young person is identified.</summary>
public sealed record ContextualCounts(DateOnly From, DateOnly To, int AdultsLinkedToSeveral, int LocationsLinkedToSeveral, int YoungPeopleLinked);
