using GraphQL.Types;

namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceInputType : InputObjectGraphType<MeetingAttendanceInput>
{
    public MeetingAttendanceInputType()
    {
        Name = "MeetingAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("The agency.");
        Field(x => x.Role).Description("The post that attended, e.g. \"Head of Safeguarding\"; never a person's name.");
    }
}
