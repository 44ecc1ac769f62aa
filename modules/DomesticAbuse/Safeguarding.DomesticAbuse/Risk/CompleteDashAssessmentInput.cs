namespace Safeguarding.DomesticAbuse.Risk;

public sealed class CompleteDashAssessmentInput
{
    public List<DashAnswer>? Answers { get; set; }
    /// <summary>The victim's police person reference, if known from notices: repeat incidents in the last 12 months are counted for escalation.</summary>
    public string? VictimPersonReference { get; set; }
    /// <summary>The practitioner judges the case high risk whatever the score; judgementReason is then required.</summary>
    public bool ProfessionalJudgement { get; set; }
    /// <summary>Why the practitioner judges it high risk whatever the score; leave out otherwise.</summary>
    public string? JudgementReason { get; set; }
    /// <summary>Default today; not in the future.</summary>
    public DateOnly? CompletedOn { get; set; }
    /// <summary>The MARAC meeting the case goes to; required when the assessment is high risk.</summary>
    public DateOnly? MaracMeetingOn { get; set; }
}
