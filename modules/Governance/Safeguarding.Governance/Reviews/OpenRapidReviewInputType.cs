namespace Safeguarding.Governance.Reviews;

public sealed class OpenRapidReviewInputType : RecordInputGraphType<OpenRapidReviewInput>
{
    public OpenRapidReviewInputType() : base("OpenRapidReviewInput")
    {
        Reference(x => x.SubjectId, required: false);
        Required(x => x.Reference);
    }
}
