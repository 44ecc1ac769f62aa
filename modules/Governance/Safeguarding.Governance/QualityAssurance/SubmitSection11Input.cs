namespace Safeguarding.Governance.QualityAssurance;

public sealed class SubmitSection11Input
{
    public string? PartnerId { get; set; }
    public int Year { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public List<Section11RatingInput>? Ratings { get; set; }
}
