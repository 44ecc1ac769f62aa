using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>An adult of concern linked to two or more young people in the window.</summary>
/// <param name="Adult">The adult of concern.</param>
/// <param name="YoungPeople">The young people linked to the adult, with the links.</param>
public sealed record LinkedAdult(AdultOfConcern Adult, IReadOnlyList<LinkedYoungPerson> YoungPeople);
