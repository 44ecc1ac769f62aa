namespace Safeguarding.Csa.Support;

/// <summary>Referrals to one service: how many, how long they waited, and how many are unmet.</summary>
/// <param name="AverageWaitingDays">Average days from referral to start, over referrals started; one decimal place.</param>
/// <param name="UnmetNoCommissionedService">Not started, and no commissioned service exists for them.</param>
/// <param name="UnmetWaitingTooLong">Not started after the configured number of days (Csa:Support:UnmetAfterDays).</param>
/// <param name="LongestCurrentWaitDays">The longest wait among referrals not yet started.</param>
public sealed record ServiceGap(string Service, SupportKind Kind, int Referrals, int Started, decimal? AverageWaitingDays,
    int UnmetNoCommissionedService, int UnmetWaitingTooLong, int? LongestCurrentWaitDays);
