using Safeguarding.SharedKernel.Disclosure;

namespace Safeguarding.Neglect.Contracts;

/// <summary>The child protection plans open at a quarter's end as a reader may see them (<see cref="OpenPlanDisclosure"/>).</summary>
/// <param name="ByCategory">By category (NEGLECT, PHYSICAL, SEXUAL, EMOTIONAL, MULTIPLE).</param>
/// <param name="ShareWithheld">Whether neglect's share of all plans is withheld with the counts it is made from.</param>
public sealed record OpenPlanFigures(IReadOnlyDictionary<string, Disclosed<int>> ByCategory, Disclosed<int> All, bool ShareWithheld)
{
    public Disclosed<int> Neglect => ByCategory[OpenPlanDisclosure.Neglect];
}
