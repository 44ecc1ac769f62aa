namespace Safeguarding.Governance.Workforce;

public sealed class AddSessionInputType : RecordInputGraphType<AddSessionInput>
{
    public AddSessionInputType() : base("AddTrainingSessionInput")
    {
        Required<AttendanceInputType>(x => x.Attendance);
        Required(x => x.Course);
    }
}
