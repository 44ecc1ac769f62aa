namespace Safeguarding.Governance.Reviews;

public sealed class OpenRapidReviewInputType : RecordInputGraphType<OpenRapidReviewInput>
{
    public OpenRapidReviewInputType() : base("OpenRapidReviewInput")
    {
        Describe(x => x.Reference, "A short reference such as \"RR 2024/03\"; never a child's name.");
        Describe(x => x.NotifiedOn, "The date of the serious incident notification (1995 to 2099, not in the future).");
        Reference(x => x.SubjectId, required: false, "The pseudonymous subject, if any; must exist in the subject registry.");
    }
}
