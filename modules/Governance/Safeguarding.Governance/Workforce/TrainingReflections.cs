using Safeguarding.Governance.Listing;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Workforce;

/// <summary>Records what attendees wrote three months after a session, and reads it back with the sessions.</summary>
public sealed class TrainingReflections(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>Newest written first; of one day, the last recorded first.</summary>
    private static readonly ListOrder<TrainingReflection> NewestWrittenFirst =
        ListOrder<TrainingReflection>.Descending(r => r.WrittenOn).ThenDescending(r => r.RecordedAt).ThenAscending(r => r.Id);

    /// <summary>Newest held first.</summary>
    private static readonly ListOrder<TrainingSession> NewestHeldFirst = ListOrder<TrainingSession>.Descending(s => s.HeldOn).ThenAscending(s => s.Id);

    /// <summary>What an attendee wrote, recorded by <paramref name="recordedBy"/>; the ids' problems are reported with the reflection's own.</summary>
    public async Task<TrainingReflection> RecordAsync(RecordTrainingReflectionInput input, string recordedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var sessionId = check.ParseId(input.SessionId, "sessionId", "The session");
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
        var (role, text, writtenOn) = (input.Role, input.Text, input.WrittenOn);
        check.ThrowIfInvalid();
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw DomainException.NotFound("training session", sessionId);
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, ct)
            ?? throw DomainException.NotFound("partner", partnerId);
        var attending = await db.SessionAttendances.AsNoTracking().Where(a => a.SessionId == sessionId).Select(a => a.PartnerId).ToListAsync(ct);
        var reflection = TrainingReflection.Write(session, attending, partnerId, partner.Name, role, text, writtenOn ?? today, today,
            clock.GetUtcNow(), recordedBy, check);
        db.TrainingReflections.Add(reflection);
        await db.SaveChangesAsync(ct);
        return reflection;
    }

    /// <summary>Reflections newest written first, a page at a time: of one session or all, written within the period.</summary>
    public async Task<Page<TrainingReflection>> ListAsync(Guid? sessionId, RecordPeriod period, PageRequest page, CancellationToken ct)
    {
        if (sessionId is { } session && !await db.TrainingSessions.AnyAsync(s => s.Id == session, ct)) throw DomainException.NotFound("training session", session);
        var reflections = db.TrainingReflections.AsNoTracking();
        if (sessionId is { } id) reflections = reflections.Where(r => r.SessionId == id);
        if (period.From is { } start) reflections = reflections.Where(r => r.WrittenOn >= start);
        if (period.To is { } end) reflections = reflections.Where(r => r.WrittenOn <= end);
        return await reflections.PageAsync(page, NewestWrittenFirst, ct);
    }

    /// <summary>Sessions newest first, a page at a time: of one course (by its title) or all, held within the period.</summary>
    public async Task<Page<TrainingSession>> SessionsAsync(string? course, RecordPeriod period, PageRequest page, CancellationToken ct)
    {
        new InputCheck().OptionalText(course, "course", "The course", 300).ThrowIfInvalid();
        var sessions = db.TrainingSessions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(course))
        {
            var title = course.Trim();
            sessions = sessions.Where(s => db.TrainingCourses.Any(c => c.Id == s.CourseId && c.Title == title));
        }
        if (period.From is { } start) sessions = sessions.Where(s => s.HeldOn >= start);
        if (period.To is { } end) sessions = sessions.Where(s => s.HeldOn <= end);
        return await sessions.PageAsync(page, NewestHeldFirst, ct);
    }
}
