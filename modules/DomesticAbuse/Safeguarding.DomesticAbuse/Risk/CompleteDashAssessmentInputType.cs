namespace Safeguarding.DomesticAbuse.Risk;

public sealed class CompleteDashAssessmentInputType : RecordInputGraphType<CompleteDashAssessmentInput>
{
    public CompleteDashAssessmentInputType() : base("CompleteDashAssessmentInput")
    {
        Required(x => x.Answers).Description = $"Exactly {DashRules.Questions} answers in question order: YES, NO or NOT_KNOWN.";
        Describe(x => x.VictimPersonReference, "The victim's police person reference, if known from notices: repeat incidents in the last 12 months are counted for escalation.");
        Optional(x => x.ProfessionalJudgement).Description = "The practitioner judges the case high risk whatever the score; judgementReason is then required.";
        Describe(x => x.CompletedOn, "Default today; not in the future.");
        Describe(x => x.MaracMeetingOn, "The MARAC meeting the case goes to; required when the assessment is high risk.");
    }
}
