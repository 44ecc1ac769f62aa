namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// Operation Encompass: a child's school told of a notice. Due for acknowledgement by the school's key adult before
/// <see cref="DeadlineAt"/>, the start of the next school day after the incident.
/// </summary>
public sealed class EncompassNotification
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }
    public Guid SubjectId { get; set; }
    public Guid SettingId { get; set; }
    public string SettingName { get; set; } = "";
    public DateTimeOffset IncidentAt { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset DeadlineAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
    /// <summary>When the late sweep announced it (once); null while not announced.</summary>
    public DateTimeOffset? LateAnnouncedAt { get; set; }

    public bool AcknowledgedOnTime => AcknowledgedAt is { } at && at < DeadlineAt;
}
