using GraphQL.Types;

namespace Safeguarding.Governance.Workforce;

public sealed class AttendanceInputType : InputObjectGraphType<AttendanceInput>
{
    public AttendanceInputType()
    {
        Name = "TrainingAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field(x => x.Attendees);
    }
}
