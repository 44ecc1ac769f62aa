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
    public RecommendationStatus FromStatus { get; private set; }
    public RecommendationStatus ToStatus { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
    public string? Note { get; private set; }
}
