namespace Safeguarding.Governance.Voice;

public sealed class RecordScorecardReviewInputType : RecordInputGraphType<RecordScorecardReviewInput>
{
    public RecordScorecardReviewInputType() : base("RecordYoungSafeguardersReviewInput")
    {
        Describe(x => x.Quarter, "e.g. 2023/24 Q2.");
        Required(x => x.Recommendations);
    }
}
