using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// Where identity matching draws its lines (section <c>Identity:Matching</c>). The defaults were measured on the
/// synthetic evaluation (<c>bench identity</c>, docs/performance.md): a false merge is a safeguarding incident, so the
/// automatic line is set for precision and the review band catches most of what falls below it.
/// </summary>
public sealed class IdentityMatchingOptions : IValidatableObject
{
    public const string Section = "Identity:Matching";

    /// <summary>The probability at or above which a person is matched without review.</summary>
    [Range(0.5, 1.0)]
    public double AutoMatchProbability { get; set; } = 0.99;

    /// <summary>The probability at or above which a possible match goes to the review queue; below it, a new person.</summary>
    [Range(0.0, 1.0)]
    public double ReviewProbability { get; set; } = 0.05;

    /// <summary>
    /// How many bits of match weight the best candidate must lead the next by to be matched automatically: two
    /// candidates nearly as likely as each other are a question for a practitioner.
    /// </summary>
    [Range(0.0, 64.0)]
    public double CloseCandidateBits { get; set; } = 6;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReviewProbability >= AutoMatchProbability)
            yield return new ValidationResult("The review probability must be below the automatic match probability.",
                [nameof(ReviewProbability), nameof(AutoMatchProbability)]);
    }
}
