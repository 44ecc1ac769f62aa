using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingCourse
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
}

/// <summary>A session of a course. Reflections are asked for three months after it.</summary>
public sealed class TrainingSession
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public DateOnly? ReflectionsRequestedOn { get; set; }
    public DateOnly ReflectionsDueOn => HeldOn.AddMonths(3);

    /// <summary>The event that announces the session with its attendance (the total counts attendance with no agency too).</summary>
    public TrainingSessionRecorded Recorded(IReadOnlyList<SessionAttendance> attendance) =>
        new(Id, CourseId, HeldOn, attendance.Sum(a => a.Attendees),
            attendance.Where(a => a.PartnerId is not null).Select(a => new TrainingAttendance(a.PartnerId!.Value, a.Attendees)).ToList());

    /// <summary>The event that announces one evaluation form: how many questions it answered and their average, to two places.</summary>
    public TrainingSessionEvaluated Evaluated(int questions, decimal averageScore) => new(Id, CourseId, HeldOn, questions, Math.Round(averageScore, 2));
}

/// <summary>How many from an agency attended a session; no agency where only a total is known (the seeded workshops).</summary>
public sealed class SessionAttendance
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid? PartnerId { get; set; }
    public int Attendees { get; set; }
}

/// <summary>
/// Evaluation scores for one question of a session on the 1-5 scale, as a number of forms and their average. An
/// individual form is stored as Forms = 1; where only a published summary exists (the seeded Building Support
/// workshops) it is stored as the summary itself.
/// </summary>
public sealed class EvaluationScore
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public string Question { get; set; } = "";
    public int Forms { get; set; }
    public decimal Average { get; set; }
}
