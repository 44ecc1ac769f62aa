namespace Safeguarding.DomesticAbuse.Risk;

public sealed class DashSummaryGraphType() : RecordGraphType<DashSummary>("DashSummary",
    "Counts only: DASH assessments completed in a period, high risk by basis, and MARAC referrals.");
