namespace Safeguarding.Governance.QualityAssurance;

/// <summary>A standard's rating in a self-assessment, kept as submitted.</summary>
public sealed class Section11StandardRating
{
    private Section11StandardRating() { }

    public Guid Id { get; private set; }
    public Guid SelfAssessmentId { get; private set; }
    /// <summary>The standard's code, e.g. "S11.1".</summary>
    public string Standard { get; private set; } = "";
    /// <summary>The agency's rating: met, partly met or not met.</summary>
    public Section11Rating Rating { get; private set; }
    /// <summary>Required unless the standard is met: what the agency will do.</summary>
    public string? Action { get; private set; }

    internal static Section11StandardRating Of(Guid selfAssessmentId, string standard, Section11Rating rating, string? action) => new()
    {
        Id = Guid.NewGuid(), SelfAssessmentId = selfAssessmentId, Standard = standard, Rating = rating,
        Action = string.IsNullOrWhiteSpace(action) ? null : action.Trim(),
    };
}
