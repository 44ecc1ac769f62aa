namespace Safeguarding.Adolescents.Intelligence;

public sealed class InterviewFiguresGraphType() : RecordGraphType<InterviewFigures>("ReturnHomeInterviewFigures",
    "Returns from missing episodes in a period (by the UK date of return) and whether an interview was offered within 72 hours. Counts only.");
