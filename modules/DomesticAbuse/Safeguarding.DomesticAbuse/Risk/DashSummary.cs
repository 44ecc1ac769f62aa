namespace Safeguarding.DomesticAbuse.Risk;

public sealed record DashSummary(DateOnly From, DateOnly To, int Completed, int High, int ByScore, int ByJudgement, int ByEscalation, int MaracReferrals, int MaracActionsOpen);
