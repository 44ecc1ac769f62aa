namespace Safeguarding.Governance.QualityAssurance;

public sealed class RecordS175ReturnInput
{
    public string? Year { get; set; }
    public string? Setting { get; set; }
    public List<S175AnswerInput>? Answers { get; set; }
}
