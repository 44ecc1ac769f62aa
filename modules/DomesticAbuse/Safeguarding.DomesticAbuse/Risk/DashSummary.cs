namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>
/// DASH assessments completed in a period, those judged high risk by basis, and MARAC referrals, as the reader may see
/// them: the three bases add up to the high-risk assessments, which are part of those completed, so a small count
/// withholds whatever would give it away. Open MARAC actions are actions, not people, and are shown as they are.
/// </summary>
/// <param name="MaracActionsOpen">Actions of those referrals not yet completed.</param>
/// <param name="Completed">DASH assessments completed in the period.</param>
/// <param name="From">The period's first day.</param>
/// <param name="High">Those judged high risk, on any basis.</param>
/// <param name="HighByEscalation">High risk because of three or more notices involving the victim in twelve months.</param>
/// <param name="HighByJudgement">High risk by professional judgement, with a reason.</param>
/// <param name="HighByScore">High risk by score: 14 or more yes answers.</param>
/// <param name="MaracReferrals">MARAC referrals made in the period.</param>
/// <param name="To">The period's last day.</param>
public sealed record DashSummary(DateOnly From, DateOnly To, Disclosed<int> Completed, Disclosed<int> High, Disclosed<int> HighByScore,
    Disclosed<int> HighByJudgement, Disclosed<int> HighByEscalation, Disclosed<int> MaracReferrals, int MaracActionsOpen)
{
    public static DashSummary Of(DateOnly from, DateOnly to, int completed, int byScore, int byJudgement, int byEscalation, int maracReferrals, int maracActionsOpen,
        DisclosureControl rule)
    {
        var table = rule.Table();
        var bases = new[] { table.Count(byScore), table.Count(byJudgement), table.Count(byEscalation) };
        var high = table.Total(bases);
        var all = table.Count(completed);
        table.Sum(all, [high, table.Unshown(completed - byScore - byJudgement - byEscalation)]);
        return new(from, to, table[all], table[high], table[bases[0]], table[bases[1]], table[bases[2]], rule.Count(maracReferrals), maracActionsOpen);
    }
}
