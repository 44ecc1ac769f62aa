using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingSessionAttendanceGraphType : RecordGraphType<SessionAttendance>
{
    public TrainingSessionAttendanceGraphType() : base("TrainingSessionAttendance", "How many attended a session from one agency.",
        x => x.Id, x => x.SessionId, x => x.PartnerId)
    {
        Field<PartnerGraphType>("agency").Description("Null where only a total is known (the seeded workshops).")
            .ResolveAsync(async c => c.Source.PartnerId is { } id
                ? (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([id], c.CancellationToken)
                : null);
    }
}
