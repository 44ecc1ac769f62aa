namespace Safeguarding.Governance.Reviews;

public sealed class OpenLearningFromExperienceReviewInputType : RecordInputGraphType<OpenLearningFromExperienceReviewInput>
{
    public OpenLearningFromExperienceReviewInputType() : base("OpenLearningFromExperienceReviewInput")
    {
        Reference(x => x.RapidReviewId, required: false);
        Reference(x => x.SubjectId, required: false);
        Required(x => x.Reference);
    }
}
