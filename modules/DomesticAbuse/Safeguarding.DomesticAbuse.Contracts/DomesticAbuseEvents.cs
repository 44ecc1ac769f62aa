namespace Safeguarding.DomesticAbuse.Contracts;

/// <summary>
/// A Public Protection Notice was stored (once per police reference). Carries the number of children, never who they are.
/// </summary>
public sealed record ProtectionNoticeReceived(
    Guid NoticeId, string PoliceReference, string ReportingAgency, DateTimeOffset IncidentAt, string LocationArea, int ChildCount) : IntegrationEvent;

/// <summary>A child's school was told of a notice under Operation Encompass; it must acknowledge by <paramref name="DeadlineAt"/>.</summary>
public sealed record EncompassNotificationSent(
    Guid NotificationId, Guid NoticeId, Guid SettingId, string SettingName, DateTimeOffset SentAt, DateTimeOffset DeadlineAt) : IntegrationEvent;

/// <summary>The school's key adult acknowledged an Encompass notification; <paramref name="OnTime"/> when before the start of the next school day.</summary>
public sealed record EncompassNotificationAcknowledged(
    Guid NotificationId, Guid SettingId, string SettingName, DateTimeOffset DeadlineAt, DateTimeOffset AcknowledgedAt, bool OnTime) : IntegrationEvent;

/// <summary>An Encompass notification was still unacknowledged at its deadline.</summary>
public sealed record EncompassNotificationBecameLate(
    Guid NotificationId, Guid SettingId, string SettingName, DateTimeOffset DeadlineAt) : IntegrationEvent;

/// <summary>
/// A DASH risk assessment was completed. RiskLevel is STANDARD or HIGH; HighRiskBasis is SCORE, JUDGEMENT or
/// ESCALATION when high, otherwise null.
/// </summary>
public sealed record DashAssessmentCompleted(
    Guid AssessmentId, string Agency, DateOnly CompletedOn, int YesCount, string RiskLevel, string? HighRiskBasis) : IntegrationEvent;

/// <summary>A high-risk case was referred to a MARAC meeting.</summary>
public sealed record MaracReferralMade(Guid ReferralId, Guid AssessmentId, string ReferringAgency, DateOnly ReferredOn, DateOnly MeetingOn, string Basis) : IntegrationEvent;

/// <summary>
/// A published count of children named in notices over a period (for example the annual report's 8,155 and 10,366),
/// recorded as a figure rather than as individual notices.
/// </summary>
public sealed record ChildrenInNoticesFigureReported(string Period, DateOnly PeriodStart, DateOnly PeriodEnd, int Children, string Source) : IntegrationEvent;

/// <summary>Fixed ids of the demo data, so that a demo user (a school's key adult) can name their setting.</summary>
public static class DomesticAbuseDemoIds
{
    /// <summary>"Example Primary School (demo)", subscribed to Operation Encompass; the <c>setting</c> claim of the demo key adult.</summary>
    public static readonly Guid ExamplePrimarySchool = Guid.Parse("5e771a90-0000-4000-8000-00000000e001");
}
