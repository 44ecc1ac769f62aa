namespace Safeguarding.Governance.Workforce;

/// <summary>A course's attendees, evaluation forms and average score per question.</summary>
/// <param name="Forms">Evaluation forms returned (the most for any question).</param>
public sealed record CourseEvaluation(string Course, int Attendees, int Forms, IReadOnlyList<QuestionAverage> Questions);
