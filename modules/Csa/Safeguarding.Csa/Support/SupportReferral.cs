namespace Safeguarding.Csa.Support;

/// <summary>What a support service is for.</summary>
public enum SupportKind { Recovery, HarmfulSexualBehaviour, Other }

/// <summary>
/// A child's referral to a support or recovery service, and when support started. A referral is unmet while support
/// has not started and either no commissioned service exists for it or it has waited longer than
/// <see cref="SupportOptions.UnmetAfterDays"/>.
/// </summary>
public sealed class SupportReferral
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string Service { get; set; } = "";
    public SupportKind Kind { get; set; }
    /// <summary>Whether a commissioned service exists to take the referral; false records a gap in commissioning.</summary>
    public bool Commissioned { get; set; }
    public DateOnly ReferredOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public string ReferringAgency { get; set; } = "";
    public Guid? HsbIncidentId { get; set; }

    public int? WaitingDays => StartedOn is { } started ? started.DayNumber - ReferredOn.DayNumber : null;

    public bool IsUnmetOn(DateOnly asOf, int unmetAfterDays) =>
        StartedOn is null && ReferredOn <= asOf && (!Commissioned || asOf.DayNumber - ReferredOn.DayNumber > unmetAfterDays);
}

/// <summary>From configuration section <c>Csa:Support</c>.</summary>
public sealed class SupportOptions
{
    public const string Section = "Csa:Support";

    /// <summary>A referral still waiting after this many days counts as unmet.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 365)] public int UnmetAfterDays { get; set; } = 28;
}
