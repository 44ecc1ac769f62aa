namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11RatingInput
{
    /// <summary>A standard's code, S11.1 to S11.8.</summary>
    public string? Standard { get; set; }
    /// <summary>The agency's rating of the standard.</summary>
    public Section11Rating Rating { get; set; }
    /// <summary>Required when the standard is not fully met.</summary>
    public string? Action { get; set; }
}
