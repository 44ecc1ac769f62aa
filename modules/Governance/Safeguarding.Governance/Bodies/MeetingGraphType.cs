using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

public sealed class MeetingGraphType : RecordGraphType<Meeting>
{
    public MeetingGraphType() : base("Meeting", "A meeting of a board or group: when, what it discussed, who attended and what it decided.",
        x => x.BodyId, x => x.Attendance)
    {
        IdentifiedAsNode();
        this.BodyField("body", x => x.BodyId).Description("The body that met.");
        ShownAs<DecisionGraphType>(x => x.Decisions, BodyGraph.DecisionsPerMeeting).Description = "In the order they were made.";
        Field<ListGraphType<NonNullGraphType<MeetingAttendanceGraphType>>>("attendance").Rows(BodyGraph.AttendancePerMeeting)
            .Description("The posts that attended, by agency; null when the meeting was recorded without its attendance.")
            .Resolve(c => c.Source.Attendance.Count == 0 ? null : c.Source.Attendance);
    }
}
