using Safeguarding.DomesticAbuse.Contracts;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// Operation Encompass: a child's school told of a notice. Due for acknowledgement by the school's key adult before
/// <see cref="DeadlineAt"/>, the start of the next school day after the incident. What was sent is written once, when
/// the notice is stored; afterwards only <see cref="Acknowledge"/> and <see cref="AnnounceLate"/> change it.
/// </summary>
public sealed class EncompassNotification
{
    private DateTimeOffset? _acknowledgedAt;
    private string? _acknowledgedBy;
    private DateTimeOffset? _lateAnnouncedAt;

    public Guid Id { get; init; }
    /// <summary>The notice it was sent for.</summary>
    public Guid NoticeId { get; init; }
    /// <summary>The child (pseudonymous subject id).</summary>
    public Guid SubjectId { get; set; }
    /// <summary>The setting it was sent to.</summary>
    public Guid SettingId { get; init; }
    /// <summary>The setting's name.</summary>
    public string SettingName { get; init; } = "";
    /// <summary>When the incident happened.</summary>
    public DateTimeOffset IncidentAt { get; init; }
    /// <summary>When it was sent to the setting.</summary>
    public DateTimeOffset SentAt { get; init; }
    /// <summary>The start of the next school day after the incident (UTC).</summary>
    public DateTimeOffset DeadlineAt { get; init; }
    /// <summary>When the key adult acknowledged it; null until then.</summary>
    public DateTimeOffset? AcknowledgedAt { get => _acknowledgedAt; init => _acknowledgedAt = value; }
    /// <summary>The key adult who acknowledged it; null until then.</summary>
    public string? AcknowledgedBy { get => _acknowledgedBy; init => _acknowledgedBy = value; }
    /// <summary>When the late sweep announced it (once); null while not announced.</summary>
    public DateTimeOffset? LateAnnouncedAt { get => _lateAnnouncedAt; init => _lateAnnouncedAt = value; }

    public bool AcknowledgedOnTime => AcknowledgedAt is { } at && at < DeadlineAt;

    /// <summary>Where the notification stands at <paramref name="now"/>.</summary>
    public EncompassStatus StatusAt(DateTimeOffset now) => AcknowledgedAt switch
    {
        null when DeadlineAt <= now => EncompassStatus.Overdue,
        null => EncompassStatus.Outstanding,
        _ when AcknowledgedOnTime => EncompassStatus.AcknowledgedOnTime,
        _ => EncompassStatus.AcknowledgedLate,
    };

    /// <summary>
    /// The key adult of <paramref name="keyAdultSetting"/> acknowledges the notification, once; on time when before the
    /// deadline. Another setting's notification is not found, so its existence is not disclosed.
    /// </summary>
    public EncompassNotificationAcknowledged Acknowledge(Guid keyAdultSetting, DateTimeOffset at, string by)
    {
        if (SettingId != keyAdultSetting) throw DomainException.NotFound("Operation Encompass notification for your setting", Id);
        if (AcknowledgedAt is { } earlier) throw DomainException.Conflict($"This notification was already acknowledged at {UkTime.Show(earlier)}.");
        _acknowledgedAt = at;
        _acknowledgedBy = by;
        return new EncompassNotificationAcknowledged(Id, SettingId, SettingName, DeadlineAt, at, AcknowledgedOnTime);
    }

    /// <summary>Announces, once, that the notification was still unacknowledged at its deadline; null when there is nothing to announce.</summary>
    public EncompassNotificationBecameLate? AnnounceLate(DateTimeOffset now)
    {
        if (AcknowledgedAt is not null || LateAnnouncedAt is not null || DeadlineAt >= now) return null;
        _lateAnnouncedAt = now;
        return new EncompassNotificationBecameLate(Id, SettingId, SettingName, DeadlineAt);
    }
}
