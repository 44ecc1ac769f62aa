namespace Safeguarding.Neglect.Assessments;

public enum AssessmentStatus { Draft, Completed, SharedWithFamily }

public enum GradeFlag { None, Strength, Concern }

/// <summary>
/// A Graded Care Profile 2 assessment of one child's care, by a practitioner of an agency. A completed assessment is
/// never changed: a correction is a new assessment (Version + 1) that names the one it corrects.
/// </summary>
public sealed class Assessment
{
    public Guid Id { get; set; }
    /// <summary>The child's pseudonymous subject id; the module holds nothing else about who the child is.</summary>
    public Guid SubjectId { get; set; }
    public Guid TemplateId { get; set; }
    public string TemplateCode { get; set; } = "";
    public int TemplateVersion { get; set; }
    public string Agency { get; set; } = "";
    public string Practitioner { get; set; } = "";
    public DateOnly ObservedOn { get; set; }
    public AssessmentStatus Status { get; set; }
    public int Version { get; set; } = 1;
    public Guid? CorrectsAssessmentId { get; set; }
    public string? CorrectionReason { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? SharedWithFamilyOn { get; set; }
    public List<SubAreaGrade> Grades { get; set; } = [];

    public bool IsDraft => Status == AssessmentStatus.Draft;
}

public sealed class SubAreaGrade
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public string AreaCode { get; set; } = "";
    public string SubAreaCode { get; set; } = "";
    public int Grade { get; set; }
    public GradeFlag Flag { get; set; }
    public string? Note { get; set; }
}

/// <summary>An action of the family plan, for an area graded 4 or 5 in a completed assessment.</summary>
public sealed class FamilyPlanAction
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public Guid AssessmentId { get; set; }
    public string AreaCode { get; set; } = "";
    public string Action { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly ReviewOn { get; set; }
    public DateTimeOffset AgreedAt { get; set; }
}
