namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceInputType : RecordInputGraphType<MeetingAttendanceInput>
{
    public MeetingAttendanceInputType() : base("MeetingAttendanceInput")
    {
        Reference(x => x.PartnerId, required: true, "The agency.");
        Describe(x => x.Role, "The post that attended, e.g. \"Head of Safeguarding\"; never a person's name.");
    }
}
