using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.Workforce;

/// <summary>
/// A session of a course, with its attendance by agency. Reflections are asked for three months after it, once; each
/// evaluation form scores its questions from 1 to 5. What it was recorded as is fixed once made.
/// </summary>
public sealed class TrainingSession
{
    public const int MaxAttendees = 10000;
    public const int MaxQuestion = 500;

    public Guid Id { get; init; }
    public Guid CourseId { get; init; }
    /// <summary>The UK day it was held.</summary>
    public DateOnly HeldOn { get; init; }
    /// <summary>The UK day attendees were asked for their reflections; null until then.</summary>
    public DateOnly? ReflectionsRequestedOn { get; private set; }
    /// <summary>Three months after the session.</summary>
    public DateOnly ReflectionsDueOn => HeldOn.AddMonths(3);

    /// <summary>
    /// The problems with a session as asked, added to <paramref name="check"/> (which may hold the caller's, such as the
    /// agencies' ids) and reported together: a course title, held by today, each agency once, with 1 to 10,000 attendees.
    /// The caller checks this before it looks the agencies up.
    /// </summary>
    public static void CheckRecord(InputCheck check, string? course, DateOnly heldOn, IReadOnlyList<(Guid PartnerId, int Attendees)> attendance, DateOnly today)
    {
        check.RequireText(course, "course", "The course", TrainingCourse.MaxTitle)
            .Require(heldOn <= today, "heldOn", "A session cannot be recorded before it is held.")
            .Require(attendance.Select(a => a.PartnerId).Distinct().Count() == attendance.Count, "attendance", "An agency is listed twice.");
        for (var i = 0; i < attendance.Count; i++)
            check.Require(attendance[i].Attendees is >= 1 and <= MaxAttendees, $"attendance[{i}].attendees", "Attendees must be from 1 to 10,000.");
        check.ThrowIfInvalid();
    }

    /// <summary>A session of <paramref name="course"/> held on <paramref name="heldOn"/>, with its attendance by agency (current partners, which the caller checks).</summary>
    public static (TrainingSession Session, IReadOnlyList<SessionAttendance> Attendance) Record(TrainingCourse course, DateOnly heldOn,
        IReadOnlyList<(Guid PartnerId, int Attendees)> attendance, DateOnly today)
    {
        CheckRecord(new InputCheck(), course.Title, heldOn, attendance, today);
        var session = new TrainingSession { Id = Guid.NewGuid(), CourseId = course.Id, HeldOn = heldOn };
        return (session, attendance.Select(a => new SessionAttendance { Id = Guid.NewGuid(), SessionId = session.Id, PartnerId = a.PartnerId, Attendees = a.Attendees }).ToList());
    }

    /// <summary>The event that announces the session with its attendance (the total counts attendance with no agency too).</summary>
    public TrainingSessionRecorded Recorded(IReadOnlyList<SessionAttendance> attendance) =>
        new(Id, CourseId, HeldOn, attendance.Sum(a => a.Attendees),
            attendance.Where(a => a.PartnerId is not null).Select(a => new TrainingAttendance(a.PartnerId!.Value, a.Attendees)).ToList());

    /// <summary>The problem with the day reflections were asked for, added to <paramref name="check"/>: it has come.</summary>
    public static void CheckReflectionsRequest(InputCheck check, DateOnly on, DateOnly today) =>
        check.Require(on <= today, "on", "The date cannot be in the future.").ThrowIfInvalid();

    /// <summary>Records that reflections were asked for on <paramref name="on"/>: once, not before the session, not in the future.</summary>
    public void RequestReflections(DateOnly on, DateOnly today)
    {
        CheckReflectionsRequest(new InputCheck(), on, today);
        if (ReflectionsRequestedOn is { } asked) throw DomainException.Conflict($"Reflections were already asked for on {asked:d MMMM yyyy}.");
        if (on < HeldOn) throw DomainException.Invalid("on", "Reflections cannot be asked for before the session.");
        ReflectionsRequestedOn = on;
    }

    /// <summary>
    /// The problems with an evaluation form as asked, added to <paramref name="check"/> (which may hold the caller's,
    /// such as the session's id) and reported together: at least one answer, each question once, scores 1 to 5.
    /// </summary>
    public static void CheckEvaluation(InputCheck check, IReadOnlyList<EvaluationAnswerInput> answers)
    {
        check.Require(answers.Count > 0, "answers", "A form needs at least one answer.");
        for (var i = 0; i < answers.Count; i++)
            check.RequireText(answers[i].Question, $"answers[{i}].question", "The question", MaxQuestion)
                .Require(answers[i].Score is >= 1 and <= 5, $"answers[{i}].score", $"Scores are from 1 to 5; {answers[i].Score} is not allowed.");
        check.Require(answers.Select(a => a.Question?.Trim()).Distinct().Count() == answers.Count, "answers", "A question is answered twice.")
            .ThrowIfInvalid();
    }

    /// <summary>One evaluation form for this session: a score per question (a form of one), and the event that announces it.</summary>
    public (IReadOnlyList<EvaluationScore> Scores, TrainingSessionEvaluated Evaluated) Evaluate(IReadOnlyList<EvaluationAnswerInput> answers)
    {
        CheckEvaluation(new InputCheck(), answers);
        var scores = answers.Select(a => new EvaluationScore { Id = Guid.NewGuid(), SessionId = Id, Question = a.Question!.Trim(), Forms = 1, Average = a.Score }).ToList();
        return (scores, Evaluated(answers.Count, (decimal)answers.Average(a => a.Score)));
    }

    /// <summary>The event that announces one evaluation form: how many questions it answered and their average, to two places.</summary>
    public TrainingSessionEvaluated Evaluated(int questions, decimal averageScore) => new(Id, CourseId, HeldOn, questions, Math.Round(averageScore, 2));
}
