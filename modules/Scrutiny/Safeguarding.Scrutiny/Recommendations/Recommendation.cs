namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>The themes of the independent scrutineer's annual judgement.</summary>
public enum ScrutinyTheme { Leadership, RelevantAgencies, Participation, Learning, Priorities, EarlyHelp, QualityAssurance }

/// <summary>What the scrutineer wrote: a recommendation, an area the partnership must watch, or a strength to keep.</summary>
public enum RecommendationKind { Recommendation, AreaToMonitor, Strength }

public enum RecommendationStatus { Open, InProgress, Closed }

/// <summary>One item of the scrutineer's judgement for a year, tracked to closure: an owner, their response, and the evidence that closed it.</summary>
public sealed class Recommendation
{
    public Guid Id { get; set; }
    /// <summary>The financial year of the judgement, e.g. 2023/24.</summary>
    public string Year { get; set; } = "";
    public ScrutinyTheme Theme { get; set; }
    public RecommendationKind Kind { get; set; }
    /// <summary>The scrutineer's words.</summary>
    public string Text { get; set; } = "";
    /// <summary>What the scrutineer found that led to it.</summary>
    public string? Finding { get; set; }
    /// <summary>The body or agency that owns the response.</summary>
    public string? Owner { get; set; }
    public DateOnly? DueOn { get; set; }
    public string? Response { get; set; }
    public RecommendationStatus Status { get; set; }
    public string? ClosureEvidence { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A change of a recommendation's status, owner or response: the history the scrutineer follows it by.</summary>
public sealed class RecommendationChange
{
    public long Id { get; set; }
    public Guid RecommendationId { get; set; }
    public RecommendationStatus FromStatus { get; set; }
    public RecommendationStatus ToStatus { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string? Note { get; set; }
}
