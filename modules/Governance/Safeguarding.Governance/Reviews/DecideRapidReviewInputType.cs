namespace Safeguarding.Governance.Reviews;

public sealed class DecideRapidReviewInputType : RecordInputGraphType<DecideRapidReviewInput>
{
    public DecideRapidReviewInputType() : base("DecideRapidReviewInput")
    {
        Reference(x => x.ReviewId, required: true);
    }
}
