namespace Safeguarding.Adolescents.Intelligence;

/// <summary>One link from a piece of intelligence about a young person to an adult of concern or a location.</summary>
public sealed class IntelligenceLink
{
    private IntelligenceLink() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    public IntelligenceSource Source { get; private set; }
    public Guid SourceId { get; private set; }
    /// <summary>When what the intelligence describes happened (went missing, detained, reported).</summary>
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid? AdultId { get; private set; }
    public Guid? LocationId { get; private set; }

    public static IntelligenceLink ToAdult(Guid subjectId, IntelligenceSource source, Guid sourceId, DateTimeOffset occurredAt, Guid adultId) =>
        new() { Id = Guid.NewGuid(), SubjectId = subjectId, Source = source, SourceId = sourceId, OccurredAt = occurredAt, AdultId = adultId };

    public static IntelligenceLink ToLocation(Guid subjectId, IntelligenceSource source, Guid sourceId, DateTimeOffset occurredAt, Guid locationId) =>
        new() { Id = Guid.NewGuid(), SubjectId = subjectId, Source = source, SourceId = sourceId, OccurredAt = occurredAt, LocationId = locationId };
}
