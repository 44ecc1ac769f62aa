using Safeguarding.Csa.Contracts;
using Safeguarding.Csa.Support;

namespace Safeguarding.Csa.Hsb;

/// <summary>An incident of a child's sexual behaviour, graded, with the response taken. RED always has a support referral.</summary>
public sealed class HsbIncident
{
    private HsbIncident() { }

    public Guid Id { get; private set; }
    /// <summary>The child whose behaviour it was.</summary>
    public Guid SubjectId { get; private set; }
    /// <summary>The UK day it happened.</summary>
    public DateOnly OccurredOn { get; private set; }
    /// <summary>GREEN, AMBER or RED on the behaviour traffic-light scale.</summary>
    public HsbGrade Grade { get; private set; }
    /// <summary>The behaviour, in words.</summary>
    public string Behaviour { get; private set; } = "";
    /// <summary>What was done in response.</summary>
    public string Response { get; private set; } = "";
    /// <summary>The agency that recorded it.</summary>
    public string Agency { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The support referral made in response, if any (always for RED).</summary>
    public Guid? ReferralId { get; private set; }

    /// <summary>The grade as events carry it: GREEN, AMBER or RED.</summary>
    public static string Code(HsbGrade grade) => grade.ToString().ToUpperInvariant();

    /// <summary>
    /// The incident as reported: it happened by today, within the last 18 years; what happened and the response are
    /// described; RED comes with a referral, and a referral is not dated before the behaviour it responds to.
    /// </summary>
    public static InputCheck Check(InputCheck check, RecordCsaHsbInput input, DateOnly today)
    {
        check.Require(input.OccurredOn <= today, "occurredOn", $"The day it happened cannot be in the future (today is {today:d MMMM yyyy}).")
            .Require(input.OccurredOn > today.AddYears(-18), "occurredOn", "The day it happened must be within the last 18 years.")
            .RequireText(input.Behaviour, "behaviour", "What happened", 2000)
            .RequireText(input.Response, "response", "The response taken", 2000)
            .Require(input.Grade != HsbGrade.Red || input.Referral is not null, "referral",
                "Behaviour graded RED needs a referral to a support service: give it with the incident.");
        if (input.Referral is { } r)
        {
            SupportReferral.Check(check, r, today, "referral.");
            check.Require(r.ReferredOn >= input.OccurredOn, "referral.referredOn", "The referral cannot be before the behaviour it responds to.");
        }
        return check;
    }

    /// <summary>
    /// A child's behaviour recorded by a practitioner of an agency. When the input carries a referral, the referral made
    /// in response comes with it (see <see cref="SupportReferral.Make"/>), tied to the incident both ways.
    /// </summary>
    public static (HsbIncident Incident, SupportReferral? Referral, SupportReferralMade? Made) Record(Guid subjectId, RecordCsaHsbInput input,
        string agency, string recordedBy, DateOnly today, DateTimeOffset recordedAt)
    {
        Check(new InputCheck(), input, today).ThrowIfInvalid();
        var incident = new HsbIncident
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, OccurredOn = input.OccurredOn, Grade = input.Grade,
            Behaviour = input.Behaviour!.Trim(), Response = input.Response!.Trim(), Agency = agency, RecordedBy = recordedBy, RecordedAt = recordedAt,
        };
        if (input.Referral is null) return (incident, null, null);
        var (referral, made) = SupportReferral.Make(subjectId, input.Referral, agency, incident.Id, today);
        incident.ReferralId = referral.Id;
        return (incident, referral, made);
    }

    /// <summary>The event that announces the grade, for the partnership's figures: no child in it.</summary>
    public HarmfulSexualBehaviourGraded Graded() => new(Id, Agency, OccurredOn, Code(Grade));
}
