using Safeguarding.Governance.Workforce;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>A training session's rules: its attendance, asking for reflections once, and what an evaluation form may score.</summary>
public sealed class TrainingSessionRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly TrainingCourse Course = new() { Id = Guid.NewGuid(), Title = "Neglect toolkit" };

    private static TrainingSession Session() => new() { Id = Guid.NewGuid(), CourseId = Course.Id, HeldOn = new DateOnly(2026, 3, 3) };

    [Fact]
    public void A_session_is_recorded_with_its_attendance_by_agency()
    {
        var (session, attendance) = TrainingSession.Record(Course, new DateOnly(2026, 3, 3), [(Council, 12), (Police, 3)], Today);
        Assert.Equal((Course.Id, new DateOnly(2026, 6, 3)), (session.CourseId, session.ReflectionsDueOn));
        Assert.Equal([(Council, 12), (Police, 3)], attendance.Select(a => (a.PartnerId!.Value, a.Attendees)));
        Assert.All(attendance, a => Assert.Equal(session.Id, a.SessionId));
        Assert.Equal(15, session.Recorded(attendance).Attendees);
    }

    [Fact]
    public void Every_problem_with_a_session_is_reported_at_once()
    {
        var refused = Assert.Throws<DomainException>(() =>
            TrainingSession.CheckRecord(new InputCheck(), " ", Today.AddDays(1), [(Council, 0), (Council, 10001)], Today));
        Assert.Equal(["course", "heldOn", "attendance", "attendance[0].attendees", "attendance[1].attendees"], refused.Problems.Select(p => p.Field));
        Assert.Equal("An agency is listed twice.", refused.Problems[2].Message);
    }

    [Fact]
    public void Reflections_are_asked_for_once_and_not_before_the_session()
    {
        var session = Session();
        var early = Assert.Throws<DomainException>(() => session.RequestReflections(new DateOnly(2026, 3, 2), Today));
        Assert.Equal(("on", "Reflections cannot be asked for before the session."), (early.Problems.Single().Field, early.Message));
        Assert.Equal("on", Assert.Throws<DomainException>(() => session.RequestReflections(Today.AddDays(1), Today)).Problems.Single().Field);

        session.RequestReflections(new DateOnly(2026, 6, 3), Today);
        Assert.Equal(new DateOnly(2026, 6, 3), session.ReflectionsRequestedOn);
        var again = Assert.Throws<DomainException>(() => session.RequestReflections(Today, Today));
        Assert.Equal((ErrorCodes.Conflict, "Reflections were already asked for on 3 June 2026."), (again.Code, again.Message));
    }

    [Fact]
    public void An_evaluation_form_scores_each_question_once_from_1_to_5()
    {
        var session = Session();
        var (scores, evaluated) = session.Evaluate([new() { Question = " Confidence ", Score = 4 }, new() { Question = "Relevance", Score = 5 }]);
        Assert.Equal([("Confidence", 1, 4m), ("Relevance", 1, 5m)], scores.Select(s => (s.Question, s.Forms, s.Average)));
        Assert.Equal((2, 4.5m, session.Id), (evaluated.Questions, evaluated.AverageScore, evaluated.SessionId));

        var refused = Assert.Throws<DomainException>(() => session.Evaluate([new() { Question = "Confidence", Score = 6 }, new() { Question = " Confidence", Score = 3 }]));
        Assert.Equal(["answers[0].score", "answers"], refused.Problems.Select(p => p.Field));
        Assert.Equal("Scores are from 1 to 5; 6 is not allowed.", refused.Problems[0].Message);
        Assert.Equal("A form needs at least one answer.", Assert.Throws<DomainException>(() => session.Evaluate([])).Problems.Single().Message);
    }
}
