using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>An adult of concern linked to two or more young people in the window.</summary>
public sealed record LinkedAdult(AdultOfConcern Adult, IReadOnlyList<LinkedYoungPerson> YoungPeople);
