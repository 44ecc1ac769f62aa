namespace Safeguarding.Csa.Support;

/// <summary>
/// Referrals to one service: how many, how long they waited, and how many are unmet, as the reader may see them. The
/// referrals started and those waiting add up to all of them, and the unmet are part of those waiting, so a small count
/// withholds the figures it could be worked out from; an average or longest wait is withheld with the children it is
/// taken over.
/// </summary>
/// <param name="AverageWaitingDays">Average days from referral to start, over referrals started; one decimal place.</param>
/// <param name="UnmetNoCommissionedService">Not started, and no commissioned service exists for them.</param>
/// <param name="UnmetWaitingTooLong">Not started after the configured number of days (Csa:Support:UnmetAfterDays).</param>
/// <param name="LongestCurrentWaitDays">The longest wait among referrals not yet started.</param>
/// <param name="Kind">The kind of support.</param>
/// <param name="Referrals">Referrals made to the service.</param>
/// <param name="Service">The support or recovery service.</param>
/// <param name="Started">Of those, referrals where support started.</param>
public sealed record ServiceGap(string Service, SupportKind Kind, Disclosed<int> Referrals, Disclosed<int> Started, Disclosed<decimal> AverageWaitingDays,
    Disclosed<int> UnmetNoCommissionedService, Disclosed<int> UnmetWaitingTooLong, Disclosed<int> LongestCurrentWaitDays)
{
    public static ServiceGap Of(string service, SupportKind kind, int referrals, int started, decimal? averageWaitingDays, int unmetNoService, int unmetTooLong,
        int? longestWait, DisclosureControl rule)
    {
        var table = rule.Table();
        var startedCell = table.Count(started);
        var waiting = table.Unshown(referrals - started);
        var all = table.Count(referrals);
        table.Sum(all, [startedCell, waiting]);
        var noService = table.Count(unmetNoService);
        var tooLong = table.Count(unmetTooLong);
        table.Sum(waiting, [noService, tooLong, table.Unshown(referrals - started - unmetNoService - unmetTooLong)]);
        return new(service, kind, table[all], table[startedCell], table.Rate(averageWaitingDays, startedCell), table[noService], table[tooLong],
            table.IsWithheld(waiting) ? Disclosed<int>.Withheld : Disclosed<int>.Shown(longestWait));
    }
}
