namespace Safeguarding.Governance.QualityAssurance;

public sealed class S175AnswerInput
{
    public string? Question { get; set; }
    public bool Answer { get; set; }
}
