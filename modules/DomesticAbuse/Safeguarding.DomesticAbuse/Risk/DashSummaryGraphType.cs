using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Risk;

public sealed class DashSummaryGraphType : ObjectGraphType<DashSummary>
{
    public DashSummaryGraphType()
    {
        Name = "DashSummary";
        Description = "Counts only: DASH assessments completed in a period, high risk by basis, and MARAC referrals.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Completed);
        Field(x => x.High);
        Field<NonNullGraphType<IntGraphType>>("highByScore").Resolve(c => c.Source.ByScore);
        Field<NonNullGraphType<IntGraphType>>("highByJudgement").Resolve(c => c.Source.ByJudgement);
        Field<NonNullGraphType<IntGraphType>>("highByEscalation").Resolve(c => c.Source.ByEscalation);
        Field(x => x.MaracReferrals);
        Field(x => x.MaracActionsOpen).Description("Actions of those referrals not yet completed.");
    }
}
