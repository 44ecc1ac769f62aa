using GraphQL.Types;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceGraphType : ObjectGraphType<MeetingAttendance>
{
    public MeetingAttendanceGraphType()
    {
        Name = "MeetingAttendance";
        Description = "A post that attended a meeting, with its agency.";
        Field(x => x.Role).Description("The post that attended.");
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}
