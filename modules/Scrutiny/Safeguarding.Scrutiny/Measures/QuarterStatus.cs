namespace Safeguarding.Scrutiny.Measures;

/// <summary>
/// What a scorecard quarter's value is, so that a client never has to guess whether a missing figure is a gap, a
/// quarter still to come or a measure with nothing to divide. Only FIGURE quarters are part of a trend.
/// </summary>
public enum QuarterStatus
{
    /// <summary>The quarter has ended and the value is its figure (a zero here is a true zero).</summary>
    Figure,
    /// <summary>
    /// Today falls in the quarter: the value counts what is known so far and is not part of the trend.
    /// </summary>
    InProgress,
    /// <summary>The quarter has not begun (or, for returned measures, has not ended): no value.</summary>
    NotYet,
    /// <summary>No source supplied anything for the quarter: no value, never zero.</summary>
    NoData,
    /// <summary>
    /// The source supplied data but a percentage or average has nothing to be computed from (no reviews due): no value.
    /// </summary>
    NothingToMeasure,
}
