namespace Safeguarding.Governance.Workforce;

/// <summary>A course's attendees, evaluation forms and average score per question.</summary>
public sealed record CourseEvaluation(string Course, int Attendees, int Forms, IReadOnlyList<QuestionAverage> Questions);
