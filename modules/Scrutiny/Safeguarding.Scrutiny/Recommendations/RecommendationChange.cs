namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>A change of a recommendation's status, owner or response: the history the scrutineer follows it by.</summary>
public sealed class RecommendationChange
{
    private RecommendationChange() { }

    internal static RecommendationChange Of(Guid recommendationId, RecommendationStatus fromStatus, RecommendationStatus toStatus, string changedBy,
        DateTimeOffset changedAt, string? note) => new()
    {
        RecommendationId = recommendationId, FromStatus = fromStatus, ToStatus = toStatus, ChangedBy = changedBy, ChangedAt = changedAt, Note = note,
    };

    public long Id { get; private set; }
    public Guid RecommendationId { get; private set; }
    /// <summary>The status before.</summary>
    public RecommendationStatus FromStatus { get; private set; }
    /// <summary>The status after.</summary>
    public RecommendationStatus ToStatus { get; private set; }
    /// <summary>Who changed it.</summary>
    public string ChangedBy { get; private set; } = "";
    /// <summary>When it changed.</summary>
    public DateTimeOffset ChangedAt { get; private set; }
    /// <summary>What was said with the change; null when nothing.</summary>
    public string? Note { get; private set; }
}
