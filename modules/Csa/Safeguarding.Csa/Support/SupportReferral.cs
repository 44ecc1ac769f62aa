using Safeguarding.Csa.Contracts;

namespace Safeguarding.Csa.Support;

/// <summary>
/// A child's referral to a support or recovery service, and when support started. A referral is unmet while support
/// has not started and either no commissioned service exists for it or it has waited longer than
/// <see cref="SupportOptions.UnmetAfterDays"/>.
/// </summary>
public sealed class SupportReferral
{
    private SupportReferral() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>The support or recovery service.</summary>
    public string Service { get; private set; } = "";
    /// <summary>The kind of support.</summary>
    public SupportKind Kind { get; private set; }
    /// <summary>Whether a commissioned service exists to take the referral; false records a gap in commissioning.</summary>
    public bool Commissioned { get; private set; }
    /// <summary>The UK day of the referral.</summary>
    public DateOnly ReferredOn { get; private set; }
    /// <summary>The UK day support started; null until then.</summary>
    public DateOnly? StartedOn { get; private set; }
    /// <summary>The agency that referred the child.</summary>
    public string ReferringAgency { get; private set; } = "";
    /// <summary>The harmful sexual behaviour incident that led to it; null otherwise.</summary>
    public Guid? HsbIncidentId { get; private set; }

    /// <summary>Days from referral to the start of support, once started.</summary>
    public int? WaitingDays => StartedOn is { } started ? started.DayNumber - ReferredOn.DayNumber : null;

    public bool IsUnmetOn(DateOnly asOf, int unmetAfterDays) =>
        StartedOn is null && ReferredOn <= asOf && (!Commissioned || asOf.DayNumber - ReferredOn.DayNumber > unmetAfterDays);

    /// <summary>A referral names its service and is dated by today, within the last 18 years. Its fields are named under <paramref name="prefix"/>.</summary>
    public static InputCheck Check(InputCheck check, CsaSupportReferralInput referral, DateOnly today, string prefix) =>
        check.RequireText(referral.Service, $"{prefix}service", "The service", 200)
            .Require(referral.ReferredOn <= today, $"{prefix}referredOn", $"The referral cannot be dated in the future (today is {today:d MMMM yyyy}).")
            .Require(referral.ReferredOn > today.AddYears(-18), $"{prefix}referredOn", "The referral must be within the last 18 years.");

    /// <summary>
    /// A referral of a child by an agency, made on its own or in response to harmful sexual behaviour
    /// (<paramref name="hsbIncidentId"/>), and the event that announces it, to publish in the same save.
    /// </summary>
    public static (SupportReferral Referral, SupportReferralMade Made) Make(Guid subjectId, CsaSupportReferralInput referral, string referringAgency,
        Guid? hsbIncidentId, DateOnly today)
    {
        Check(new InputCheck(), referral, today, "referral.").ThrowIfInvalid();
        var made = new SupportReferral
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, Service = referral.Service!.Trim(), Kind = referral.Kind, Commissioned = referral.Commissioned,
            ReferredOn = referral.ReferredOn, ReferringAgency = referringAgency, HsbIncidentId = hsbIncidentId,
        };
        return (made, new SupportReferralMade(made.Id, made.Service, made.ReferredOn));
    }

    /// <summary>Support started on a day by today.</summary>
    public static InputCheck CheckStart(InputCheck check, DateOnly startedOn, DateOnly today) =>
        check.Require(startedOn <= today, "startedOn", $"The start cannot be in the future (today is {today:d MMMM yyyy}).");

    /// <summary>Records the day support started (once, not before the referral) and returns the event with the waiting time, to publish in the same save.</summary>
    public SupportStarted Start(DateOnly startedOn, DateOnly today)
    {
        CheckStart(new InputCheck(), startedOn, today).ThrowIfInvalid();
        if (StartedOn is { } started) throw DomainException.Conflict($"Support for this referral already started on {started:d MMMM yyyy}.");
        if (startedOn < ReferredOn) throw DomainException.Invalid("startedOn", $"The referral was made on {ReferredOn:d MMMM yyyy}; support cannot start before that.");
        StartedOn = startedOn;
        return new SupportStarted(Id, Service, ReferredOn, startedOn, WaitingDays!.Value);
    }
}
