namespace Safeguarding.Governance.QualityAssurance;

/// <summary>A standard's rating in a self-assessment, kept as submitted.</summary>
public sealed class Section11StandardRating
{
    private Section11StandardRating() { }

    public Guid Id { get; private set; }
    public Guid SelfAssessmentId { get; private set; }
    public string Standard { get; private set; } = "";
    public Section11Rating Rating { get; private set; }
    /// <summary>Required unless the standard is met: what the agency will do.</summary>
    public string? Action { get; private set; }

    internal static Section11StandardRating Of(Guid selfAssessmentId, string standard, Section11Rating rating, string? action) => new()
    {
        Id = Guid.NewGuid(), SelfAssessmentId = selfAssessmentId, Standard = standard, Rating = rating,
        Action = string.IsNullOrWhiteSpace(action) ? null : action.Trim(),
    };
}
