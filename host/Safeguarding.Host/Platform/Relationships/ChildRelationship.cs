namespace Safeguarding.Host.Platform.Relationships;

/// <summary>
/// What makes a practitioner's relationship with a child legitimate now: its kind, the working group it came through
/// (none for sealed access), when it began and when it lapses (null: until it is ended), and the recorded access it is,
/// if it was recorded (an agency's open record is worked out, not recorded).
/// </summary>
public sealed record ChildRelationship(ChildAccessKind Kind, string? Module, DateTimeOffset From, DateTimeOffset? Until, Guid? AccessId)
{
    public bool IsSealed => Kind == ChildAccessKind.Sealed;

    /// <summary>How a read under it is marked in the audit log.</summary>
    public string AuditMark => IsSealed ? $"Sealed access {AccessId:D}" : $"Relationship: {Kind}{(Module is null ? "" : $" ({Module})")}";
}
