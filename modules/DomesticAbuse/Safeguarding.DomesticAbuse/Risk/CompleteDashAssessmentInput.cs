namespace Safeguarding.DomesticAbuse.Risk;

public sealed class CompleteDashAssessmentInput
{
    public List<DashAnswer>? Answers { get; set; }
    public string? VictimPersonReference { get; set; }
    public bool ProfessionalJudgement { get; set; }
    public string? JudgementReason { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? MaracMeetingOn { get; set; }
}
