namespace Safeguarding.Governance.Reviews;

public sealed class AddReviewActionInputType : RecordInputGraphType<AddReviewActionInput>
{
    public AddReviewActionInputType() : base("AddReviewActionInput")
    {
        Reference(x => x.ReviewId, required: true);
        Reference(x => x.OwnerBodyId, required: true);
        Required(x => x.Title);
    }
}
