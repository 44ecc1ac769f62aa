namespace Safeguarding.Governance.Workforce;

public sealed class AddSessionInputType : RecordInputGraphType<AddSessionInput>
{
    public AddSessionInputType() : base("AddTrainingSessionInput")
    {
        Describe(x => x.Course, "The course's title; a new title starts a new course.");
        ShownAs<AttendanceInputType>(x => x.Attendance);
        Required(x => x.Attendance).Description = "Attendees per agency.";
    }
}
