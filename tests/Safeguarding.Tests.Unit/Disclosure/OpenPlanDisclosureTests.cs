using Safeguarding.Neglect.Contracts;
using Safeguarding.SharedKernel.Disclosure;

namespace Safeguarding.Tests.Unit.Disclosure;

/// <summary>
/// Plans open at a quarter's end, published one way wherever they are shown (Neglect's share, the scorecard's plans by
/// category), so that no reader can put one beside the other to find a small number.
/// </summary>
public sealed class OpenPlanDisclosureTests
{
    private static readonly DisclosureControl Rule = new(5, zeroShown: true);

    private static OpenPlanFigures Protect(int neglect, int physical, int sexual, int emotional, int multiple) =>
        OpenPlanDisclosure.Protect(c => c switch { "NEGLECT" => neglect, "PHYSICAL" => physical, "SEXUAL" => sexual, "EMOTIONAL" => emotional, _ => multiple }, Rule);

    private static int?[] Shown(OpenPlanFigures f) => OpenPlanDisclosure.Categories.Select(c => f.ByCategory[c].Value).ToArray();

    [Fact]
    public void Large_counts_and_zeros_are_all_shown_with_the_share()
    {
        var figures = Protect(253, 120, 40, 80, 7);
        Assert.Equal([253, 120, 40, 80, 7], Shown(figures));
        Assert.Equal(500, figures.All.Value);
        Assert.False(figures.ShareWithheld);
    }

    [Fact]
    public void A_small_category_withholds_the_next_smallest_one_that_no_other_field_shows()
    {
        // Physical abuse plans (2) are small; the next smallest is sexual abuse's (30), which the CSA module shows by
        // itself, so the emotional abuse plans (40) are withheld instead.
        var figures = Protect(253, 2, 30, 40, 60);
        Assert.Equal([253, null, 30, null, 60], Shown(figures));
        Assert.Equal(385, figures.All.Value);
        Assert.False(figures.ShareWithheld); // neglect's 253 of 385: the other 132 are not a small number
    }

    [Fact]
    public void When_neglects_plans_must_go_so_do_all_plans_and_the_share()
    {
        // Two sexual abuse plans beside five of neglect and five physical: neglect's, entered first of the equal fives, is
        // withheld; neglect's and the rest make all plans, so all plans go too, and the share with them.
        var figures = Protect(5, 5, 2, 0, 0);
        Assert.Equal([null, 5, null, 0, 0], Shown(figures));
        Assert.True(figures.All.Suppressed);
        Assert.True(figures.ShareWithheld);
    }

    [Fact]
    public void A_share_whose_other_plans_are_few_is_withheld()
    {
        var figures = Protect(300, 3, 0, 0, 0);
        Assert.True(figures.ShareWithheld);
        Assert.True(figures.Neglect.Suppressed);
        Assert.Equal(303, figures.All.Value);
    }
}
