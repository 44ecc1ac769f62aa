using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Contracts;

namespace Safeguarding.Neglect.Workstream;

/// <summary>
/// Plans open at a quarter's end and neglect's share of them, as the reader may see them: withheld as the scorecard
/// withholds the same plans (<see cref="OpenPlanDisclosure"/>).
/// </summary>
/// <param name="SharePercent">Neglect plans open at the quarter's end ÷ all plans open then, as a percentage to one decimal place.</param>
/// <param name="AllPlans">Child protection plans open at the quarter's end.</param>
/// <param name="NeglectPlans">Of those, plans for neglect.</param>
/// <param name="QuarterEnd">The quarter's last day.</param>
public sealed record QuarterShare(DateOnly QuarterEnd, Disclosed<int> NeglectPlans, Disclosed<int> AllPlans, Disclosed<decimal> SharePercent)
{
    /// <param name="openByCategory">The plans of each category open at the quarter's end.</param>
    public static QuarterShare Of(DateOnly quarterEnd, IReadOnlyDictionary<PlanCategory, int> openByCategory, DisclosureControl rule)
    {
        var figures = OpenPlanDisclosure.Protect(c => openByCategory.GetValueOrDefault(Enum.Parse<PlanCategory>(c, ignoreCase: true)), rule);
        var neglect = openByCategory.GetValueOrDefault(PlanCategory.Neglect);
        var all = openByCategory.Values.Sum();
        return new(quarterEnd, figures.Neglect, figures.All,
            figures.ShareWithheld ? Disclosed<decimal>.Withheld : Disclosed<decimal>.Shown(Quarters.SharePercent(neglect, all)));
    }
}
