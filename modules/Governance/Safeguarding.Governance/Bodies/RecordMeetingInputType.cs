namespace Safeguarding.Governance.Bodies;

public sealed class RecordMeetingInputType : RecordInputGraphType<RecordMeetingInput>
{
    public RecordMeetingInputType() : base("RecordMeetingInput")
    {
        Reference(x => x.BodyId, required: true);
        Describe(x => x.Decisions, $"The decisions made, in order (at most {Meeting.MaxDecisions}).");
        ShownAs<MeetingAttendanceInputType>(x => x.Attendance).Description =
            $"The posts that attended, by agency (1 to {Meeting.MaxAttendance}); leave out if the attendance was not taken.";
        Required(x => x.Summary);
    }
}
