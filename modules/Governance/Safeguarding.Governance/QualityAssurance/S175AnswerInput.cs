namespace Safeguarding.Governance.QualityAssurance;

public sealed class S175AnswerInput
{
    /// <summary>The audit question, as asked.</summary>
    public string? Question { get; set; }
    /// <summary>True for yes.</summary>
    public bool Answer { get; set; }
}
