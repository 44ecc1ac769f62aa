namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>A notice as police systems send it. Every field may be missing: each notice is checked on its own.</summary>
public sealed class ProtectionNoticeInput
{
    public string? PoliceReference { get; set; }
    public string? ReportingAgency { get; set; }
    public DateTimeOffset? IncidentAt { get; set; }
    public string? LocationArea { get; set; }
    public List<string?>? Children { get; set; }
    public List<NoticeAdultInput?>? Adults { get; set; }
}
