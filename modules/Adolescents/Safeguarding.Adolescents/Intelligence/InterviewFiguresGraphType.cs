using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class InterviewFiguresGraphType : ObjectGraphType<InterviewFigures>
{
    public InterviewFiguresGraphType()
    {
        Name = "ReturnHomeInterviewFigures";
        Description = "Returns from missing episodes in a period (by the UK date of return) and whether an interview was offered within 72 hours. Counts only.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Returns);
        Field(x => x.OfferedOnTime);
        Field(x => x.OfferedLate);
        Field(x => x.Overdue).Description("Not offered, and the 72 hours have passed.");
        Field(x => x.Awaiting).Description("Not offered yet, still within the 72 hours.");
    }
}
