namespace Safeguarding.Csa.Hsb;

/// <summary>The traffic-light grade of a child's sexual behaviour: GREEN (expected for the child's development), AMBER (a concern), RED (harmful).</summary>
public enum HsbGrade { Green, Amber, Red }

/// <summary>An incident of a child's sexual behaviour, graded, with the response taken. RED always has a support referral.</summary>
public sealed class HsbIncident
{
    public Guid Id { get; set; }
    /// <summary>The child whose behaviour it was.</summary>
    public Guid SubjectId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public HsbGrade Grade { get; set; }
    public string Behaviour { get; set; } = "";
    public string Response { get; set; } = "";
    public string Agency { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>The support referral made in response, if any (always for RED).</summary>
    public Guid? ReferralId { get; set; }

    /// <summary>The grade as events carry it: GREEN, AMBER or RED.</summary>
    public static string Code(HsbGrade grade) => grade.ToString().ToUpperInvariant();
}
