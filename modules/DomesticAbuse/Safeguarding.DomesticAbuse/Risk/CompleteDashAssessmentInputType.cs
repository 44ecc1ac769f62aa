namespace Safeguarding.DomesticAbuse.Risk;

public sealed class CompleteDashAssessmentInputType : RecordInputGraphType<CompleteDashAssessmentInput>
{
    public CompleteDashAssessmentInputType() : base("CompleteDashAssessmentInput")
    {
        Required(x => x.Answers).Description = $"Exactly {DashRules.Questions} answers in question order: YES, NO or NOT_KNOWN.";
        Optional(x => x.ProfessionalJudgement);
    }
}
