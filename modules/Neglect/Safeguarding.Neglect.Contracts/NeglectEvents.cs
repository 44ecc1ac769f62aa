namespace Safeguarding.Neglect.Contracts;

/// <summary>One area's grade in a completed Graded Care Profile 2 assessment (1 = all needs met, 5 = needs entirely unmet).</summary>
public sealed record AreaGrade(string AreaCode, int Grade);

/// <summary>
/// A practitioner completed a Graded Care Profile 2 assessment of a child's care. Carries the pseudonymous subject id
/// and the grades only, never who the child is. <paramref name="CorrectsAssessmentId"/> is set when the assessment
/// corrects an earlier one.
/// </summary>
public sealed record AssessmentCompleted(
    Guid AssessmentId, Guid SubjectId, string Agency, string TemplateCode, int TemplateVersion, DateOnly ObservedOn,
    IReadOnlyList<AreaGrade> AreaGrades, Guid? CorrectsAssessmentId) : IntegrationEvent;

/// <summary>A child protection plan started. Category is one of NEGLECT, PHYSICAL, SEXUAL, EMOTIONAL, MULTIPLE.</summary>
public sealed record ChildProtectionPlanStarted(Guid PlanId, Guid SubjectId, string Category, DateOnly StartedOn) : IntegrationEvent;

/// <summary>A child protection plan ended.</summary>
public sealed record ChildProtectionPlanEnded(Guid PlanId, Guid SubjectId, string Category, DateOnly StartedOn, DateOnly EndedOn) : IntegrationEvent;
