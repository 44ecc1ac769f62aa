namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>A "risk of domestic abuse" alert on a child's hospital record; active until removed. A child has one active alert at most.</summary>
public sealed class HospitalAlert
{
    public const int MaxReasonLength = 200;
    public const int MaxRemovalReasonLength = 1000;

    private HospitalAlert() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>Why the alert was raised.</summary>
    public string Reason { get; private set; } = HospitalAlerts.DefaultReason;
    public string RaisedBy { get; private set; } = "";
    /// <summary>The agency that raised it.</summary>
    public string Agency { get; private set; } = "";
    /// <summary>The UK day it was raised.</summary>
    public DateOnly RaisedOn { get; private set; }
    /// <summary>The UK day it was removed; null while active.</summary>
    public DateOnly? RemovedOn { get; private set; }
    /// <summary>Why it was removed; null while active.</summary>
    public string? RemovalReason { get; private set; }

    /// <summary>The problems with the reason an alert is raised for (optional: <see cref="HospitalAlerts.DefaultReason"/> when left out).</summary>
    public static InputCheck CheckReason(InputCheck check, string? reason) => check.OptionalText(reason, "reason", "The reason", MaxReasonLength);

    /// <summary>The problems with the reason an alert is removed for (required).</summary>
    public static InputCheck CheckRemovalReason(InputCheck check, string? reason) =>
        check.RequireText(reason, "reason", "The reason for removing the alert", MaxRemovalReasonLength);

    /// <summary>Raises an alert for the child, unless <paramref name="active"/> (the child's active alert, if any) is already there.</summary>
    public static HospitalAlert Raise(Guid subjectId, string? reason, string raisedBy, string agency, DateOnly today, HospitalAlert? active)
    {
        CheckReason(new InputCheck(), reason).ThrowIfInvalid();
        if (active is not null)
            throw DomainException.Conflict($"The child already has an active alert, raised on {active.RaisedOn:d MMMM yyyy}.");
        return new HospitalAlert
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, Reason = string.IsNullOrWhiteSpace(reason) ? HospitalAlerts.DefaultReason : reason.Trim(),
            RaisedBy = raisedBy, Agency = agency, RaisedOn = today,
        };
    }

    /// <summary>Removes the active alert today, with the reason.</summary>
    public void Remove(string? reason, DateOnly today)
    {
        CheckRemovalReason(new InputCheck(), reason).ThrowIfInvalid();
        if (RemovedOn is { } removed) throw DomainException.Conflict($"The alert was already removed on {removed:d MMMM yyyy}.");
        RemovedOn = today;
        RemovalReason = reason!.Trim();
    }
}
