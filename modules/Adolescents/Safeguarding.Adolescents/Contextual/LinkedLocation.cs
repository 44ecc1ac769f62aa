using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>A location linked to two or more young people in the window.</summary>
public sealed record LinkedLocation(Location Location, IReadOnlyList<LinkedYoungPerson> YoungPeople);
