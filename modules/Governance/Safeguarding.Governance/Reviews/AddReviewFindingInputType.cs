namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewFindingInputType : RecordInputGraphType<AddReviewFindingInput>
{
    public AddReviewFindingInputType() : base("AddReviewFindingInput")
    {
        Reference(x => x.ReviewId, required: true);
        Required(x => x.Theme, x => x.Text);
    }
}
