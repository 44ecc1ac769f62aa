namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Where a year's figure comes from: a published figure, or counted from the notices stored here.</summary>
public enum FigureSource { Published, Recorded }
