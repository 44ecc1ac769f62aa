namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Where a year's figure comes from: a published figure, or counted from the notices stored here.</summary>
public enum FigureSource
{
    /// <summary>A figure from the partnership's published reports.</summary>
    Published,
    /// <summary>A figure counted from the notices recorded here.</summary>
    Recorded,
}
