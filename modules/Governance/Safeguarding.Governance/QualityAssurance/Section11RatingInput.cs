namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11RatingInput
{
    public string? Standard { get; set; }
    public Section11Rating Rating { get; set; }
    public string? Action { get; set; }
}
