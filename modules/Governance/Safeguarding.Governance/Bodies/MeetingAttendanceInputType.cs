namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceInputType : RecordInputGraphType<MeetingAttendanceInput>
{
    public MeetingAttendanceInputType() : base("MeetingAttendanceInput")
    {
        Reference(x => x.PartnerId, required: true);
    }
}
