namespace Safeguarding.Governance.Reviews;

public sealed class OpenLearningFromExperienceReviewInputType : RecordInputGraphType<OpenLearningFromExperienceReviewInput>
{
    public OpenLearningFromExperienceReviewInputType() : base("OpenLearningFromExperienceReviewInput")
    {
        Describe(x => x.DueDate, "The planned completion.");
        Reference(x => x.RapidReviewId, required: false, "The Rapid Review that decided no CSPR was needed, if any.");
        Reference(x => x.SubjectId, required: false);
    }
}
