using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Workforce;

/// <summary>Records the evaluation forms of training sessions, and reads back each course's averages.</summary>
public sealed class TrainingEvaluations(GovernanceDbContext db)
{
    /// <summary>One evaluation form for a session, with the event that announces it; answers how many answers were stored.</summary>
    public async Task<int> RecordAsync(RecordEvaluationInput input, CancellationToken ct)
    {
        var answers = input.Answers ?? [];
        var check = new InputCheck();
        var sessionId = check.ParseId(input.SessionId, "sessionId", "The session");
        TrainingSession.CheckEvaluation(check, answers);
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw DomainException.NotFound("training session", sessionId);
        var (scores, evaluated) = session.Evaluate(answers);
        db.EvaluationScores.AddRange(scores);
        db.Publish(evaluated);
        await db.SaveChangesAsync(ct);
        return scores.Count;
    }

    /// <summary>Per course, by title: attendees, forms returned (the most for any question) and each question's average, weighted by forms.</summary>
    public async Task<IReadOnlyList<CourseEvaluation>> PerCourseAsync(CancellationToken ct)
    {
        var courses = await db.TrainingCourses.AsNoTracking().OrderBy(x => x.Title).ToListAsync(ct);
        var sessions = await db.TrainingSessions.AsNoTracking().ToListAsync(ct);
        var attendance = await db.SessionAttendances.AsNoTracking().ToListAsync(ct);
        var scores = await db.EvaluationScores.AsNoTracking().ToListAsync(ct);
        return courses.Select(course =>
        {
            var ids = sessions.Where(s => s.CourseId == course.Id).Select(s => s.Id).ToHashSet();
            var questions = scores.Where(s => ids.Contains(s.SessionId)).GroupBy(s => s.Question).OrderBy(g => g.Key)
                .Select(g => new QuestionAverage(g.Key, g.Sum(s => s.Forms),
                    Math.Round(g.Sum(s => s.Average * s.Forms) / g.Sum(s => s.Forms), 2, MidpointRounding.AwayFromZero))).ToList();
            return new CourseEvaluation(course.Title, attendance.Where(a => ids.Contains(a.SessionId)).Sum(a => a.Attendees),
                questions.Count == 0 ? 0 : questions.Max(q => q.Forms), questions);
        }).ToList();
    }
}
