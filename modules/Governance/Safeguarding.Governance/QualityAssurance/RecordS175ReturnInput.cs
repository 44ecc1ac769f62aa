namespace Safeguarding.Governance.QualityAssurance;

public sealed class RecordS175ReturnInput
{
    /// <summary>e.g. 2023/24.</summary>
    public string? Year { get; set; }
    /// <summary>The school, college or setting.</summary>
    public string? Setting { get; set; }
    /// <summary>The setting's answer to each audit question.</summary>
    public List<S175AnswerInput>? Answers { get; set; }
}
