using GraphQL.Types;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Bodies;

public sealed class MeetingGraphType : ObjectGraphType<Meeting>
{
    public MeetingGraphType()
    {
        Name = "Meeting";
        Description = "A meeting of a board or group: when, what it discussed, who attended and what it decided.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.HeldOn);
        Field(x => x.Summary);
        Field<NonNullGraphType<PartnershipBodyGraphType>>("body")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.FindAsync([c.Source.BodyId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionGraphType>>>>("decisions").Rows(BodyGraph.DecisionsPerMeeting)
            .Description("In the order they were made.")
            .Resolve(c => c.Source.Decisions);
        Field<ListGraphType<NonNullGraphType<MeetingAttendanceGraphType>>>("attendance").Rows(BodyGraph.AttendancePerMeeting)
            .Description("The posts that attended, by agency; null when the meeting was recorded without its attendance.")
            .Resolve(c => c.Source.Attendance.Count == 0 ? null : c.Source.Attendance);
    }
}
