using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingSessionGraphType : RecordGraphType<TrainingSession>
{
    public TrainingSessionGraphType() : base("TrainingSession", null, x => x.CourseId)
    {
        Field<NonNullGraphType<StringGraphType>>("course")
            .ResolveAsync(async c => (object?)(await c.Service<GovernanceDbContext>().TrainingCourses.FindAsync([c.Source.CourseId], c.CancellationToken))!.Title);
        Field<NonNullGraphType<IntGraphType>>("attendees")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().SessionAttendances.Where(a => a.SessionId == c.Source.Id).SumAsync(a => a.Attendees, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionAttendanceGraphType>>>>("attendance").Rows(WorkforceGraph.AgenciesPerSession)
            .Description("Attendees by agency, most first.")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().SessionAttendances.AsNoTracking().Where(a => a.SessionId == c.Source.Id)
                .OrderByDescending(a => a.Attendees).ThenBy(a => a.PartnerId).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("reflectionsReceived")
            .Description("How many reflections have been recorded for the session. What they say: trainingReflections (Governance working group).")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().TrainingReflections.CountAsync(r => r.SessionId == c.Source.Id, c.CancellationToken));
    }
}
