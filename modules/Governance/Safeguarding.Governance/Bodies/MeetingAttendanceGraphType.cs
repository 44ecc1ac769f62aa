using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceGraphType : RecordGraphType<MeetingAttendance>
{
    public MeetingAttendanceGraphType() : base("MeetingAttendance", "A post that attended a meeting, with its agency.",
        x => x.Id, x => x.MeetingId, x => x.PartnerId)
    {
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
