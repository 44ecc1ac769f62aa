namespace Safeguarding.Governance.Voice;

public sealed class RecordScorecardReviewInputType : RecordInputGraphType<RecordScorecardReviewInput>
{
    public RecordScorecardReviewInputType() : base("RecordYoungSafeguardersReviewInput")
    {
        Required(x => x.Recommendations);
        AsFinancialQuarter(x => x.Quarter);
        Required(x => x.Quarter);
        Required(x => x.Summary);
    }
}
