using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingSessionGraphType : RecordGraphType<TrainingSession>
{
    public TrainingSessionGraphType() : base("TrainingSession", null, x => x.CourseId)
    {
        IdentifiedAsNode();
        Field<NonNullGraphType<StringGraphType>>("course").Description("The course the session was of.").LoadsValue(x => x.CourseId, CourseTitlesAsync, "");
        Field<NonNullGraphType<IntGraphType>>("attendees").Description("Attendance by agency.").LoadsValue(x => x.Id, AttendeesAsync, 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionAttendanceGraphType>>>>("attendance").Rows(WorkforceGraph.AgenciesPerSession)
            .Description("Attendees by agency, most first.")
            .LoadsMany(x => x.Id, AttendanceAsync, a => a.SessionId);
        Field<NonNullGraphType<IntGraphType>>("reflectionsReceived")
            .Description("How many reflections have been recorded for the session. What they say: trainingReflections (Governance working group).")
            .LoadsValue(x => x.Id, ReflectionsReceivedAsync, 0);
    }

    /// <summary>The titles of these courses.</summary>
    private static Task<Dictionary<Guid, string>> CourseTitlesAsync(IReadOnlyList<Guid> courses, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().TrainingCourses.AsNoTracking().Where(c => courses.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, batch.CancellationToken);

    /// <summary>How many attended each of these sessions, every agency together.</summary>
    private static Task<Dictionary<Guid, int>> AttendeesAsync(IReadOnlyList<Guid> sessions, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().SessionAttendances.Where(a => sessions.Contains(a.SessionId)).GroupBy(a => a.SessionId)
            .Select(g => new { Session = g.Key, Attendees = g.Sum(a => a.Attendees) }).ToDictionaryAsync(g => g.Session, g => g.Attendees, batch.CancellationToken);

    /// <summary>These sessions' attendees by agency, most first.</summary>
    private static Task<List<SessionAttendance>> AttendanceAsync(IReadOnlyList<Guid> sessions, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().SessionAttendances.AsNoTracking().Where(a => sessions.Contains(a.SessionId))
            .OrderByDescending(a => a.Attendees).ThenBy(a => a.PartnerId).ToListAsync(batch.CancellationToken);

    /// <summary>How many reflections have been recorded for each of these sessions.</summary>
    private static Task<Dictionary<Guid, int>> ReflectionsReceivedAsync(IReadOnlyList<Guid> sessions, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().TrainingReflections.Where(r => sessions.Contains(r.SessionId)).GroupBy(r => r.SessionId)
            .Select(g => new { Session = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Session, g => g.Count, batch.CancellationToken);
}
