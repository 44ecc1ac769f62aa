namespace Safeguarding.Governance.Workforce;

/// <summary>A course's attendees, evaluation forms and average score per question.</summary>
/// <param name="Forms">Evaluation forms returned (the most for any question).</param>
/// <param name="Attendees">People who attended the course's sessions.</param>
/// <param name="Course">The course's title, as its sessions record it; one row per title.</param>
/// <param name="Questions">Each evaluation question's average answer.</param>
public sealed record CourseEvaluation(string Course, int Attendees, int Forms, IReadOnlyList<QuestionAverage> Questions);
