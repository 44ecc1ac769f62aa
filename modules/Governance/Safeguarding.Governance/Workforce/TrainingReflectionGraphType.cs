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
        this.PartnerField("agency", x => x.PartnerId);
        Field<NonNullGraphType<TrainingSessionGraphType>>("session")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().TrainingSessions.FindAsync([c.Source.SessionId], c.CancellationToken));
    }
}
