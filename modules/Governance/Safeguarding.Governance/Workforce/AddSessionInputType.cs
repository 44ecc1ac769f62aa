using GraphQL.Types;

namespace Safeguarding.Governance.Workforce;

public sealed class AddSessionInputType : InputObjectGraphType<AddSessionInput>
{
    public AddSessionInputType()
    {
        Name = "AddTrainingSessionInput";
        Field(x => x.Course).Description("The course's title; a new title starts a new course.");
        Field(x => x.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceInputType>>>>("attendance").Description("Attendees per agency.");
    }
}
