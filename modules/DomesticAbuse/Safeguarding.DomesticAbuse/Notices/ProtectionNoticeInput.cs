namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>A notice as police systems send it. Every field may be missing: each notice is checked on its own.</summary>
public sealed class ProtectionNoticeInput
{
    /// <summary>The police reference: a notice is stored once per reference (compared in upper case).</summary>
    public string? PoliceReference { get; set; }
    public string? ReportingAgency { get; set; }
    /// <summary>When the incident happened (not in the future; within two years).</summary>
    public DateTimeOffset? IncidentAt { get; set; }
    /// <summary>The area of the city where it happened (never an address).</summary>
    public string? LocationArea { get; set; }
    public List<string?>? Children { get; set; }
    /// <summary>Children named by who they are, as police systems know them.</summary>
    public List<PersonIdentityInput?>? ChildIdentities { get; set; }
    public List<NoticeAdultInput?>? Adults { get; set; }
}
