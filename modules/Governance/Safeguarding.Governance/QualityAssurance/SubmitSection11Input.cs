namespace Safeguarding.Governance.QualityAssurance;

public sealed class SubmitSection11Input
{
    /// <summary>The agency assessing itself, by its id.</summary>
    public string? PartnerId { get; set; }
    /// <summary>The year it is for, e.g. 2024.</summary>
    public int Year { get; set; }
    /// <summary>The UK day it was submitted.</summary>
    public DateOnly SubmittedOn { get; set; }
    /// <summary>The agency's rating of each standard.</summary>
    public List<Section11RatingInput>? Ratings { get; set; }
}
