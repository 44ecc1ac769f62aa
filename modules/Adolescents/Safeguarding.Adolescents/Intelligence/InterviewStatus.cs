namespace Safeguarding.Adolescents.Intelligence;

public enum InterviewStatus { NotReturned, Awaiting, OfferedOnTime, OfferedLate, Overdue }
