namespace Safeguarding.Scrutiny.Measures;

/// <summary>What a measure's figures are: a count, a percentage (0-100) or a score (1-5).</summary>
public enum MeasureUnit
{
    /// <summary>A number of things.</summary>
    Count,
    /// <summary>A percentage, 0 to 100.</summary>
    Percent,
    /// <summary>A score, 1 to 5.</summary>
    Score,
}
