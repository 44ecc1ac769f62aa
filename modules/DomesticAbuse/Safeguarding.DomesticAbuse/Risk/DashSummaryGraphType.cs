namespace Safeguarding.DomesticAbuse.Risk;

public sealed class DashSummaryGraphType : RecordGraphType<DashSummary>
{
    public DashSummaryGraphType() : base("DashSummary", "Counts only: DASH assessments completed in a period, high risk by basis, and MARAC referrals.",
        x => x.ByScore, x => x.ByJudgement, x => x.ByEscalation)
    {
        Field<NonNullGraphType<IntGraphType>>("highByScore").Resolve(c => c.Source.ByScore);
        Field<NonNullGraphType<IntGraphType>>("highByJudgement").Resolve(c => c.Source.ByJudgement);
        Field<NonNullGraphType<IntGraphType>>("highByEscalation").Resolve(c => c.Source.ByEscalation);
    }
}
