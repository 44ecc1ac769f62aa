namespace Safeguarding.Governance.Reviews;

public sealed class ReviewFindingGraphType : RecordGraphType<ReviewFinding>
{
    public ReviewFindingGraphType() : base("ReviewFinding", null, x => x.ReviewId)
    {
        Describe(x => x.Theme, "e.g. professional curiosity, accurate chronologies.");
    }
}
