namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>
/// A police Public Protection Notice (PPN) for a domestic abuse incident: once per police reference.
/// The children present or affected are subject ids; the adults are held in this module only.
/// </summary>
public sealed class ProtectionNotice
{
    public Guid Id { get; set; }
    /// <summary>The police reference, trimmed and in upper case; unique.</summary>
    public string PoliceReference { get; set; } = "";
    public string ReportingAgency { get; set; } = "";
    public DateTimeOffset IncidentAt { get; set; }
    public string LocationArea { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public int ChildCount { get; set; }
    public List<NoticeChild> Children { get; set; } = [];
    public List<NoticeAdult> Adults { get; set; } = [];
}

/// <summary>A child present at or affected by the incident.</summary>
public sealed class NoticeChild
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>Copied from the notice so that repeat incidents and trends need no join.</summary>
    public DateTimeOffset IncidentAt { get; set; }
}

public enum AdultRole { Victim, PersonCausingHarm }

/// <summary>An adult involved in an incident (a victim or the person causing harm), as the police know them.</summary>
public sealed class DomesticAbuseAdult
{
    public Guid Id { get; set; }
    /// <summary>The police's person reference (trimmed, upper case); unique, so repeat incidents involving the same person are found.</summary>
    public string PersonReference { get; set; } = "";
    public string? Name { get; set; }
    public DateOnly? DateOfBirth { get; set; }
}

public sealed class NoticeAdult
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }
    public Guid AdultId { get; set; }
    public AdultRole Role { get; set; }
    public DateTimeOffset IncidentAt { get; set; }
}
