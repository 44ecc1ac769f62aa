namespace Safeguarding.Governance.Workforce;

public sealed class AttendanceInputType : RecordInputGraphType<AttendanceInput>
{
    public AttendanceInputType() : base("TrainingAttendanceInput")
    {
        Reference(x => x.PartnerId, required: true);
    }
}
