namespace Safeguarding.Host.GraphQL;

public sealed class ReviewQueueChangeGraphType : RecordGraphType<ReviewQueueChanged>
{
    public ReviewQueueChangeGraphType() : base("ReviewQueueChange",
        "A question of the review queue of possible duplicates raised (OPEN) or decided. Read the question itself with `possibleDuplicates`.",
        x => x.SubjectId, x => x.CandidateId)
    {
        Describe(x => x.Review, "The question: a possible duplicate's id.");
        Describe(x => x.Status, "Where the question now stands.");
        Describe(x => x.At, "When it was raised or decided.");
    }
}
