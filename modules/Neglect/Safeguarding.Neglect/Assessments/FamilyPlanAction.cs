namespace Safeguarding.Neglect.Assessments;

/// <summary>An action of the family plan, for an area graded 4 or 5 in a completed assessment.</summary>
public sealed class FamilyPlanAction
{
    private FamilyPlanAction() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>The assessment that graded the area.</summary>
    public Guid AssessmentId { get; private set; }
    /// <summary>The area graded 4 or 5 that it answers.</summary>
    public string AreaCode { get; private set; } = "";
    /// <summary>What is to be done.</summary>
    public string Action { get; private set; } = "";
    /// <summary>Who owns it.</summary>
    public string Owner { get; private set; } = "";
    /// <summary>The UK day it is to be reviewed.</summary>
    public DateOnly ReviewOn { get; private set; }
    public DateTimeOffset AgreedAt { get; private set; }

    /// <summary>An action names its area, what will be done and by whom, and a review date from today to a year ahead.</summary>
    public static InputCheck CheckAgreement(InputCheck check, string? areaCode, string? action, string? owner, DateOnly reviewOn, DateOnly today) =>
        check.RequireText(areaCode, "areaCode", "The area code", 20)
            .RequireText(action, "action", "The action", 1000)
            .RequireText(owner, "owner", "The action's owner", 200)
            .Require(reviewOn >= today, "reviewOn", $"The review date cannot be in the past (today is {today:d MMMM yyyy}).")
            .Require(reviewOn <= today.AddYears(1), "reviewOn", "The review date must be within a year.");

    /// <summary>
    /// An action agreed for an area of <paramref name="assessment"/>: the assessment must be completed and the area
    /// graded 4 or 5 in it (<see cref="NeglectRules.ConcernGrade"/>).
    /// </summary>
    public static FamilyPlanAction Agree(AssessmentView assessment, string? areaCode, string? action, string? owner, DateOnly reviewOn, DateOnly today, DateTimeOffset agreedAt)
    {
        CheckAgreement(new InputCheck(), areaCode, action, owner, reviewOn, today).ThrowIfInvalid();
        if (assessment.Assessment.IsDraft) throw DomainException.Conflict("Complete the assessment before planning actions from it.");
        var area = assessment.Areas.FirstOrDefault(a => string.Equals(a.Code, areaCode!.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw DomainException.Invalid("areaCode", $"\"{areaCode}\" is not an area of {assessment.Assessment.TemplateCode} version {assessment.Assessment.TemplateVersion}.");
        if (area.Grade < NeglectRules.ConcernGrade)
            throw DomainException.Invalid("areaCode", $"{area.Label} was graded {area.Grade}; the family plan's actions are for areas graded 4 or 5.");
        return new FamilyPlanAction
        {
            Id = Guid.NewGuid(), SubjectId = assessment.Assessment.SubjectId, AssessmentId = assessment.Assessment.Id, AreaCode = area.Code,
            Action = action!.Trim(), Owner = owner!.Trim(), ReviewOn = reviewOn, AgreedAt = agreedAt,
        };
    }
}
