using GraphQL.Types;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingSessionAttendanceGraphType : ObjectGraphType<SessionAttendance>
{
    public TrainingSessionAttendanceGraphType()
    {
        Name = "TrainingSessionAttendance";
        Description = "How many attended a session from one agency.";
        Field<PartnerGraphType>("agency").Description("Null where only a total is known (the seeded workshops).")
            .ResolveAsync(async c => c.Source.PartnerId is { } id
                ? (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([id], c.CancellationToken)
                : null);
        Field(x => x.Attendees);
    }
}
