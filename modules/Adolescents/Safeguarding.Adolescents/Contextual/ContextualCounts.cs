namespace Safeguarding.Adolescents.Contextual;

/// <summary>
/// The contextual picture in counts only: no adult, location or young person is identified. Adults and young people are
/// counts of people, withheld when small for readers outside the Adolescents working group; locations are not people.
/// </summary>
/// <param name="AdultsLinkedToSeveral">Adults of concern linked to two or more young people in the window.</param>
/// <param name="LocationsLinkedToSeveral">Locations linked to two or more young people in the window.</param>
/// <param name="YoungPeopleLinked">Different young people linked to any of them.</param>
/// <param name="From">The window's first day.</param>
/// <param name="To">The window's last day.</param>
public sealed record ContextualCounts(DateOnly From, DateOnly To, Disclosed<int> AdultsLinkedToSeveral, int LocationsLinkedToSeveral, Disclosed<int> YoungPeopleLinked);
