namespace Safeguarding.Governance.Reviews;

public sealed class ReviewTimelinessGraphType : RecordGraphType<ReviewTimeliness>
{
    public ReviewTimelinessGraphType() : base("LearningReviewTimeliness",
        "Rapid Reviews per calendar year of notification: how many were decided within 15 working days. Counts only: small counts are withheld "
        + "for readers outside the Governance working group.")
    {
        Describe(x => x.InTimeRate, "Decided in time / decided, 0 to 1, four decimal places.");
    }
}
