namespace Safeguarding.Governance.Voice;

public sealed class RecordScorecardReviewInputType : RecordInputGraphType<RecordScorecardReviewInput>
{
    public RecordScorecardReviewInputType() : base("RecordYoungSafeguardersReviewInput")
    {
        Required(x => x.Recommendations, x => x.Summary);
        AsFinancialQuarter(x => x.Quarter, required: true);
    }
}
