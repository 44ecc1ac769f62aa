using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingReflectionGraphType : RecordGraphType<TrainingReflection>
{
    public TrainingReflectionGraphType() : base("TrainingReflection",
        "What someone who attended a session wrote about it three months on: their agency and post, never their name.",
        x => x.SessionId, x => x.PartnerId, x => x.RecordedAt, x => x.RecordedBy)
    {
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("When it was recorded, UK time.").Resolve(c => UkTime.ToUk(c.Source.RecordedAt));
        this.PartnerField("agency", x => x.PartnerId).Description("The attendee's agency.");
        Field<NonNullGraphType<TrainingSessionGraphType>>("session").Description("The session reflected on.").LoadsOne(x => x.SessionId, SessionsAsync, s => s.Id);
    }

    /// <summary>The sessions with these ids.</summary>
    private static Task<List<TrainingSession>> SessionsAsync(IReadOnlyList<Guid> sessions, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().TrainingSessions.AsNoTracking().Where(s => sessions.Contains(s.Id)).ToListAsync(batch.CancellationToken);
}
