using GraphQL.Types;

namespace Safeguarding.Governance.Bodies;

public sealed class RecordMeetingInputType : InputObjectGraphType<RecordMeetingInput>
{
    public RecordMeetingInputType()
    {
        Name = "RecordMeetingInput";
        Field<NonNullGraphType<IdGraphType>>("bodyId");
        Field(x => x.HeldOn);
        Field(x => x.Summary);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("decisions").Description($"The decisions made, in order (at most {Meeting.MaxDecisions}).");
        Field<ListGraphType<NonNullGraphType<MeetingAttendanceInputType>>>("attendance")
            .Description($"The posts that attended, by agency (1 to {Meeting.MaxAttendance}); leave out if the attendance was not taken.");
    }
}
