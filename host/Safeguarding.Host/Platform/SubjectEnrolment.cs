namespace Safeguarding.Host.Platform;

/// <summary>Which modules hold data on a subject: the working groups of those modules may see who the child is.</summary>
public sealed class SubjectEnrolment
{
    public Guid SubjectId { get; set; }
    public string Module { get; set; } = "";
    public DateTimeOffset EnrolledAt { get; set; }
}
