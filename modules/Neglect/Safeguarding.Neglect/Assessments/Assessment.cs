using Safeguarding.Neglect.Contracts;
using Safeguarding.Neglect.Templates;

namespace Safeguarding.Neglect.Assessments;

/// <summary>
/// A Graded Care Profile 2 assessment of one child's care, by a practitioner of an agency. A completed assessment is
/// never changed: a correction is a new assessment (Version + 1) that names the one it corrects.
/// </summary>
public sealed class Assessment
{
    public const int MaxNoteLength = 2000;
    public const int MaxSubAreaCodeLength = 20;
    public const int MaxCorrectionReasonLength = 1000;

    private Assessment() { }

    public Guid Id { get; private set; }
    /// <summary>The child's pseudonymous subject id; the module holds nothing else about who the child is.</summary>
    public Guid SubjectId { get; private set; }
    public Guid TemplateId { get; private set; }
    public string TemplateCode { get; private set; } = "";
    public int TemplateVersion { get; private set; }
    public string Agency { get; private set; } = "";
    public string Practitioner { get; private set; } = "";
    public DateOnly ObservedOn { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public int Version { get; private set; } = 1;
    public Guid? CorrectsAssessmentId { get; private set; }
    public string? CorrectionReason { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateOnly? SharedWithFamilyOn { get; private set; }
    public List<SubAreaGrade> Grades { get; private set; } = [];

    public bool IsDraft => Status == AssessmentStatus.Draft;

    /// <summary>The care assessed was observed by today, and within the last two years.</summary>
    public static InputCheck CheckObservedOn(InputCheck check, DateOnly observedOn, DateOnly today) =>
        check.Require(observedOn <= today, "observedOn", $"The day observed cannot be in the future (today is {today:d MMMM yyyy}).")
            .Require(observedOn > today.AddYears(-2), "observedOn", "The day observed must be within the last two years.");

    /// <summary>A draft assessment of a child's care on a template version, by a practitioner of an agency.</summary>
    public static Assessment Start(Guid subjectId, AssessmentTemplate template, string agency, string practitioner, DateOnly observedOn,
        DateOnly today, DateTimeOffset startedAt)
    {
        CheckObservedOn(new InputCheck(), observedOn, today).ThrowIfInvalid();
        return new Assessment
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, TemplateId = template.Id, TemplateCode = template.Code, TemplateVersion = template.Version,
            Agency = agency, Practitioner = practitioner, ObservedOn = observedOn, Status = AssessmentStatus.Draft, StartedAt = startedAt,
        };
    }

    /// <summary>
    /// The grades as given, before any assessment is read: a sub-area code, a grade on the scale and a note of at most
    /// <see cref="MaxNoteLength"/> characters each, at least one grade, and each sub-area once.
    /// </summary>
    public static InputCheck CheckGrades(InputCheck check, IReadOnlyList<NeglectSubAreaGradeInput> grades)
    {
        check.Require(grades.Count > 0, "grades", "Give at least one sub-area's grade.");
        for (var i = 0; i < grades.Count; i++)
        {
            var g = grades[i];
            check.RequireText(g.SubAreaCode, $"grades[{i}].subAreaCode", "The sub-area code", MaxSubAreaCodeLength)
                .Require(NeglectRules.IsValidGrade(g.Grade), $"grades[{i}].grade", $"Grade {g.Grade} for {g.SubAreaCode} is not on the scale: grades run from 1 (all needs met) to 5 (needs entirely unmet).")
                .OptionalText(g.Note, $"grades[{i}].note", "The note", MaxNoteLength);
        }
        var duplicates = grades.Where(g => !string.IsNullOrWhiteSpace(g.SubAreaCode)).GroupBy(g => g.SubAreaCode!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return check.Require(duplicates.Count == 0, "grades", $"Each sub-area once only: {string.Join(", ", duplicates)} appears more than once.");
    }

    /// <summary>
    /// Grades sub-areas of this draft (<paramref name="template"/> is its own); a sub-area graded again takes the new grade.
    /// Every code must be a sub-area of the template, matched ignoring case.
    /// </summary>
    public void RecordGrades(IReadOnlyList<NeglectSubAreaGradeInput> grades, AssessmentTemplate template)
    {
        CheckGrades(new InputCheck(), grades).ThrowIfInvalid();
        RequireDraft();
        RequireOwn(template);
        var areaOf = template.Areas.SelectMany(a => a.SubAreas.Select(s => (Area: a.Code, Sub: s.Code)))
            .ToDictionary(x => x.Sub, x => x.Area, StringComparer.OrdinalIgnoreCase);
        var check = new InputCheck();
        for (var i = 0; i < grades.Count; i++)
            check.Require(areaOf.ContainsKey(grades[i].SubAreaCode!.Trim()), $"grades[{i}].subAreaCode",
                $"\"{grades[i].SubAreaCode}\" is not a sub-area of {template.Code} version {template.Version}.");
        check.ThrowIfInvalid();
        foreach (var g in grades)
        {
            var code = areaOf.Keys.First(k => string.Equals(k, g.SubAreaCode!.Trim(), StringComparison.OrdinalIgnoreCase));
            var row = Grades.FirstOrDefault(x => x.SubAreaCode == code);
            if (row is null) Grades.Add(row = new SubAreaGrade(Id, areaOf[code], code));
            row.Set(g.Grade, g.Flag ?? GradeFlag.None, string.IsNullOrWhiteSpace(g.Note) ? null : g.Note.Trim());
        }
    }

    /// <summary>
    /// Completes this draft on <paramref name="today"/> once every sub-area of its template is graded, and returns the
    /// event that announces it with each area's grade, to publish in the same save. It cannot change afterwards.
    /// </summary>
    public AssessmentCompleted Complete(AssessmentTemplate template, DateOnly today)
    {
        RequireDraft();
        RequireOwn(template);
        var missing = template.Areas.SelectMany(a => a.SubAreas).Where(s => Grades.All(g => g.SubAreaCode != s.Code)).ToList();
        if (missing.Count > 0)
            throw DomainException.Invalid("grades", $"Grade every sub-area before completing; not yet graded: {string.Join(", ", missing.Select(s => $"{s.Label} ({s.Code})"))}.");
        Status = AssessmentStatus.Completed;
        CompletedOn = today;
        var areas = template.Areas.Select(a => new AreaGrade(a.Code, NeglectRules.AreaGrade(a.SubAreas.Select(s => Grades.First(g => g.SubAreaCode == s.Code).Grade)))).ToList();
        return new AssessmentCompleted(Id, SubjectId, Agency, TemplateCode, TemplateVersion, ObservedOn, areas, CorrectsAssessmentId);
    }

    /// <summary>The day shared with the family is not in the future.</summary>
    public static InputCheck CheckSharedOn(InputCheck check, DateOnly sharedOn, DateOnly today) =>
        check.Require(sharedOn <= today, "sharedOn", "The day shared cannot be in the future.");

    /// <summary>Records that this completed assessment was shared with the family on <paramref name="sharedOn"/>: once, not before it was completed.</summary>
    public void ShareWithFamily(DateOnly sharedOn, DateOnly today)
    {
        CheckSharedOn(new InputCheck(), sharedOn, today).ThrowIfInvalid();
        if (Status == AssessmentStatus.Draft) throw DomainException.Conflict("Complete the assessment before sharing it with the family.");
        if (Status == AssessmentStatus.SharedWithFamily) throw DomainException.Conflict($"This assessment was already shared with the family on {SharedWithFamilyOn:d MMMM yyyy}.");
        if (sharedOn < CompletedOn) throw DomainException.Invalid("sharedOn", "The day shared cannot be before the assessment was completed.");
        Status = AssessmentStatus.SharedWithFamily;
        SharedWithFamilyOn = sharedOn;
    }

    /// <summary>A correction says why it was made.</summary>
    public static InputCheck CheckCorrectionReason(InputCheck check, string? reason) =>
        check.RequireText(reason, "reason", "The reason for the correction", MaxCorrectionReasonLength);

    /// <summary>
    /// Starts the correction of this completed assessment: a new draft, one version higher, with the same grades, by the
    /// practitioner correcting it. An assessment has at most one correction (<paramref name="alreadyCorrected"/> says
    /// whether it has one); a draft needs none.
    /// </summary>
    public Assessment StartCorrection(string? reason, bool alreadyCorrected, string agency, string practitioner, DateTimeOffset startedAt)
    {
        CheckCorrectionReason(new InputCheck(), reason).ThrowIfInvalid();
        if (IsDraft) throw DomainException.Conflict("A draft can be changed directly with recordNeglectAssessment; only a completed assessment needs a correction.");
        if (alreadyCorrected) throw DomainException.Conflict("This assessment already has a correction; correct that one instead.");
        var correction = new Assessment
        {
            Id = Guid.NewGuid(), SubjectId = SubjectId, TemplateId = TemplateId, TemplateCode = TemplateCode, TemplateVersion = TemplateVersion,
            Agency = agency, Practitioner = practitioner, ObservedOn = ObservedOn, Status = AssessmentStatus.Draft, Version = Version + 1,
            CorrectsAssessmentId = Id, CorrectionReason = reason!.Trim(), StartedAt = startedAt,
        };
        correction.Grades.AddRange(Grades.Select(g => g.CopyTo(correction.Id)));
        return correction;
    }

    private void RequireDraft()
    {
        if (!IsDraft)
            throw DomainException.Conflict($"This assessment was completed on {CompletedOn:d MMMM yyyy} and cannot be changed. To correct it, use correctNeglectAssessment: that makes a new version which refers to this one.");
    }

    private void RequireOwn(AssessmentTemplate template)
    {
        if (template.Id != TemplateId) throw new ArgumentException($"The assessment is on template {TemplateCode} version {TemplateVersion}, not {template.Code} version {template.Version}.", nameof(template));
    }
}
