namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>One routine enquiry about domestic abuse made by an agency's practitioner: no one's identity, only what happened.</summary>
public sealed class RoutineEnquiry
{
    public Guid Id { get; set; }
    public string Agency { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateOnly EnquiredOn { get; set; }
    public bool Asked { get; set; }
    public bool Disclosed { get; set; }
    public bool SupportOffered { get; set; }
}

/// <summary>A "risk of domestic abuse" alert on a child's hospital record; active until removed.</summary>
public sealed class HospitalAlert
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string Reason { get; set; } = HospitalAlerts.DefaultReason;
    public string RaisedBy { get; set; } = "";
    public string Agency { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    public DateOnly? RemovedOn { get; set; }
    public string? RemovalReason { get; set; }
}

public static class HospitalAlerts
{
    public const string DefaultReason = "Risk of domestic abuse";
}
