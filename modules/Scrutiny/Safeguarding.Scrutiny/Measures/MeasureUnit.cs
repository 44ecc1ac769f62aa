namespace Safeguarding.Scrutiny.Measures;

/// <summary>What a measure's figures are: a count, a percentage (0-100) or a score (1-5).</summary>
public enum MeasureUnit { Count, Percent, Score }
