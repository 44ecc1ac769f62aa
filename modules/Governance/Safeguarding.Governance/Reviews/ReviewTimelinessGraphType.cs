using GraphQL.Types;

namespace Safeguarding.Governance.Reviews;

public sealed class ReviewTimelinessGraphType : ObjectGraphType<ReviewTimeliness>
{
    public ReviewTimelinessGraphType()
    {
        Name = "LearningReviewTimeliness";
        Description = "Rapid Reviews per calendar year of notification: how many were decided within 15 working days. Counts only.";
        Field(x => x.Year);
        Field(x => x.RapidReviews);
        Field(x => x.Decided);
        Field(x => x.DecidedInTime);
        Field(x => x.Overdue).Description("Undecided and past the deadline today.");
        Field(x => x.CsprDecisions);
        Field(x => x.LearningFromExperienceReviews).Description("Learning from Experience reviews commissioned that year.");
        Field(x => x.InTimeRate, nullable: true).Description("Decided in time / decided, 0 to 1, four decimal places.");
    }
}
