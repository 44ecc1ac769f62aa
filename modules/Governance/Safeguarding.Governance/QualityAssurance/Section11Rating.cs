namespace Safeguarding.Governance.QualityAssurance;

/// <summary>An agency's rating against a Section 11 (Children Act 2004) standard.</summary>
public enum Section11Rating
{
    /// <summary>The standard is met.</summary>
    Met,
    /// <summary>The standard is partly met.</summary>
    PartiallyMet,
    /// <summary>The standard is not met.</summary>
    NotMet,
}
