using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>A location linked to two or more young people in the window.</summary>
/// <param name="Location">The location.</param>
/// <param name="YoungPeople">The young people linked to the location, with the links.</param>
public sealed record LinkedLocation(Location Location, IReadOnlyList<LinkedYoungPerson> YoungPeople);
