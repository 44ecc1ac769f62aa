namespace Safeguarding.Adolescents.Intelligence;

public sealed class InterviewFiguresGraphType : RecordGraphType<InterviewFigures>
{
    public InterviewFiguresGraphType() : base("ReturnHomeInterviewFigures",
        "Returns from missing episodes in a period (by the UK date of return) and whether an interview was offered within 72 hours. Counts only.")
    {
        Describe(x => x.Overdue, "Not offered, and the 72 hours have passed.");
        Describe(x => x.Awaiting, "Not offered yet, still within the 72 hours.");
    }
}
