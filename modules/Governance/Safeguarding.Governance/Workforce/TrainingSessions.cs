using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Workforce;

/// <summary>Records the partnership's training sessions with their attendance, and when reflections were asked for. Each change is one save.</summary>
public sealed class TrainingSessions(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>A session of a course (a new title starts a new course) with its attendance by current partner, and the event that announces it.</summary>
    public async Task<TrainingSession> RecordAsync(AddSessionInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var asked = input.Attendance ?? [];
        var check = new InputCheck();
        var attendance = asked.Select((a, i) => (PartnerId: check.ParseId(a.PartnerId, $"attendance[{i}].partnerId", "The agency"), a.Attendees)).ToList();
        TrainingSession.CheckRecord(check, input.Course, input.HeldOn, attendance, today);
        await db.CurrentPartnersAsync(attendance.Select(a => a.PartnerId).ToList(), "attendance", ct);
        var title = input.Course!.Trim();
        var course = await db.TrainingCourses.FirstOrDefaultAsync(x => x.Title == title, ct);
        if (course is null) db.TrainingCourses.Add(course = TrainingCourse.Titled(title));
        var (session, attended) = TrainingSession.Record(course, input.HeldOn, attendance, today);
        db.TrainingSessions.Add(session);
        db.SessionAttendances.AddRange(attended);
        db.Publish(session.Recorded(attended));
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>Records that a session's reflections were asked for, today unless dated.</summary>
    public async Task<TrainingSession> RequestReflectionsAsync(string? sessionId, DateOnly? on, CancellationToken ct)
    {
        var today = clock.Today();
        var day = on ?? today;
        var check = new InputCheck();
        var id = check.ParseId(sessionId, "sessionId", "The session");
        TrainingSession.CheckReflectionsRequest(check, day, today);
        var session = await db.TrainingSessions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("training session", id);
        session.RequestReflections(day, today);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>
    /// Sessions held three months or more before <paramref name="asOf"/> (default today) whose reflections have not been
    /// asked for, oldest first, a page at a time.
    /// </summary>
    public async Task<Page<TrainingSession>> ReflectionsDueAsync(DateOnly? asOf, PageRequest page, CancellationToken ct)
    {
        var day = asOf ?? clock.Today();
        // Due three calendar months after the session (31 Jan -> 30 Apr), which the database's month arithmetic does not
        // give, so filtered on the due date itself and paged in memory.
        var sessions = await db.TrainingSessions.AsNoTracking()
            .Where(s => s.ReflectionsRequestedOn == null && s.HeldOn <= day).ToListAsync(ct);
        return await sessions.Where(s => s.ReflectionsDueOn <= day).AsQueryable().PageOldestFirstAsync(page, s => s.HeldOn, s => s.Id, ct);
    }
}
