namespace Safeguarding.Csa.Support;

/// <summary>Referrals to one service: how many, how long they waited, and how many are unmet.</summary>
public sealed record ServiceGap(string Service, SupportKind Kind, int Referrals, int Started, decimal? AverageWaitingDays,
    int UnmetNoCommissionedService, int UnmetWaitingTooLong, int? LongestCurrentWaitDays);
