namespace Safeguarding.DomesticAbuse.Risk;

/// <param name="MaracActionsOpen">Actions of those referrals not yet completed.</param>
public sealed record DashSummary(DateOnly From, DateOnly To, int Completed, int High, int ByScore, int ByJudgement, int ByEscalation, int MaracReferrals, int MaracActionsOpen);
