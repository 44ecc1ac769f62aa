namespace Safeguarding.Governance.Workforce;

public sealed class AddSessionInputType : RecordInputGraphType<AddSessionInput>
{
    public AddSessionInputType() : base("AddTrainingSessionInput")
    {
        ShownAs<AttendanceInputType>(x => x.Attendance);
        Required(x => x.Attendance);
    }
}
