using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Templates;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Neglect;

public sealed class AssessmentRulesTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly AssessmentTemplate Template = Gcp2Structure.Build();

    private static Assessment Draft(DateOnly? observedOn = null) =>
        Assessment.Start(Guid.NewGuid(), Template, "Plymouth City Council", "nina.neglect", observedOn ?? Today.AddDays(-7), Today, DateTimeOffset.UtcNow);

    private static List<NeglectSubAreaGradeInput> Every(int grade) =>
        Gcp2Structure.Areas.SelectMany(a => a.SubAreas).Select(s => new NeglectSubAreaGradeInput { SubAreaCode = s.Code, Grade = grade }).ToList();

    private static Assessment Completed(int grade = 4)
    {
        var assessment = Draft();
        assessment.RecordGrades(Every(grade), Template);
        assessment.Complete(Template, Today);
        return assessment;
    }

    private static DomainException Refused(Action act) => Assert.Throws<DomainException>(act);

    [Fact]
    public void A_draft_is_started_for_care_observed_within_the_last_two_years_and_not_in_the_future()
    {
        var draft = Draft();
        Assert.Equal(AssessmentStatus.Draft, draft.Status);
        Assert.Equal(1, draft.Version);
        Assert.Equal("GCP2", draft.TemplateCode);

        var future = Refused(() => Draft(Today.AddDays(1)));
        Assert.Equal(ErrorCodes.Validation, future.Code);
        Assert.Equal("observedOn", Assert.Single(future.Problems).Field);
        Assert.Equal("The day observed cannot be in the future (today is 10 March 2025).", future.Message);

        var old = Refused(() => Draft(Today.AddYears(-2)));
        Assert.Equal("The day observed must be within the last two years.", old.Message);
    }

    [Fact]
    public void Grades_are_recorded_on_a_draft_matching_sub_area_codes_ignoring_case_and_a_regrade_replaces_the_grade()
    {
        var draft = Draft();
        draft.RecordGrades([new NeglectSubAreaGradeInput { SubAreaCode = "pc.nut", Grade = 2, Flag = GradeFlag.Strength, Note = "  fed well  " }], Template);
        draft.RecordGrades([new NeglectSubAreaGradeInput { SubAreaCode = "PC.NUT", Grade = 5 }], Template);

        var grade = Assert.Single(draft.Grades);
        Assert.Equal(("PC", "PC.NUT", 5, GradeFlag.None, (string?)null), (grade.AreaCode, grade.SubAreaCode, grade.Grade, grade.Flag, grade.Note));
    }

    [Fact]
    public void Grades_off_the_scale_repeated_or_of_another_template_are_refused_naming_each_one()
    {
        var draft = Draft();
        var repeated = Refused(() => draft.RecordGrades([new() { SubAreaCode = "PC.NUT", Grade = 6 }, new() { SubAreaCode = "pc.nut", Grade = 2 }], Template));
        Assert.Equal(ErrorCodes.Validation, repeated.Code);
        Assert.Equal(["grades[0].grade", "grades"], repeated.Problems.Select(p => p.Field));

        var unknown = Refused(() => draft.RecordGrades([new() { SubAreaCode = "XX.NUT", Grade = 2 }], Template));
        Assert.Equal("grades[0].subAreaCode", Assert.Single(unknown.Problems).Field);
        Assert.Equal("\"XX.NUT\" is not a sub-area of GCP2 version 1.", unknown.Message);
        Assert.Empty(draft.Grades);
    }

    [Fact]
    public void Completing_needs_every_sub_area_graded_and_announces_each_areas_median_grade()
    {
        var draft = Draft();
        var missing = Refused(() => draft.Complete(Template, Today));
        Assert.Equal(ErrorCodes.Validation, missing.Code);
        Assert.Equal("grades", Assert.Single(missing.Problems).Field);
        Assert.StartsWith("Grade every sub-area before completing; not yet graded: Nutrition (PC.NUT), Housing (PC.HOU)", missing.Message);
        Assert.True(draft.IsDraft);

        var grades = Every(1);
        grades.Single(g => g.SubAreaCode == "SA.PRE").Grade = 2;
        grades.Single(g => g.SubAreaCode == "SA.ABS").Grade = 3;
        draft.RecordGrades(grades, Template);
        var completed = draft.Complete(Template, Today);

        Assert.Equal(AssessmentStatus.Completed, draft.Status);
        Assert.Equal(Today, draft.CompletedOn);
        Assert.Equal(draft.Id, completed.AssessmentId);
        Assert.Equal([("PC", 1), ("SA", 3), ("LC", 1), ("SE", 1)], completed.AreaGrades.Select(a => (a.AreaCode, a.Grade)));
    }

    [Fact]
    public void A_completed_assessment_cannot_be_graded_or_completed_again()
    {
        var assessment = Completed();
        var regrade = Refused(() => assessment.RecordGrades([new() { SubAreaCode = "PC.NUT", Grade = 1 }], Template));
        Assert.Equal(ErrorCodes.Conflict, regrade.Code);
        Assert.Equal("This assessment was completed on 10 March 2025 and cannot be changed. To correct it, use correctNeglectAssessment: that makes a new version which refers to this one.", regrade.Message);
        Assert.Equal(ErrorCodes.Conflict, Refused(() => assessment.Complete(Template, Today)).Code);
        Assert.All(assessment.Grades, g => Assert.Equal(4, g.Grade));
    }

    [Fact]
    public void Sharing_with_the_family_follows_completion_once_and_not_before_the_day_completed()
    {
        Assert.Equal("Complete the assessment before sharing it with the family.", Refused(() => Draft().ShareWithFamily(Today, Today)).Message);

        var assessment = Completed();
        var early = Refused(() => assessment.ShareWithFamily(Today.AddDays(-1), Today));
        Assert.Equal(("sharedOn", "The day shared cannot be before the assessment was completed."), (Assert.Single(early.Problems).Field, early.Message));
        Assert.Equal("The day shared cannot be in the future.", Refused(() => assessment.ShareWithFamily(Today.AddDays(1), Today)).Message);

        assessment.ShareWithFamily(Today, Today);
        Assert.Equal((AssessmentStatus.SharedWithFamily, (DateOnly?)Today), (assessment.Status, assessment.SharedWithFamilyOn));
        var again = Refused(() => assessment.ShareWithFamily(Today, Today));
        Assert.Equal((ErrorCodes.Conflict, "This assessment was already shared with the family on 10 March 2025."), (again.Code, again.Message));
    }

    [Fact]
    public void A_correction_is_a_new_draft_one_version_higher_with_the_same_grades_and_only_one_per_assessment()
    {
        var original = Completed(grade: 5);
        var correction = original.StartCorrection("  Wrong child's notes  ", alreadyCorrected: false, "NHS Devon", "nick.nurse", DateTimeOffset.UtcNow);

        Assert.Equal((AssessmentStatus.Draft, 2, (Guid?)original.Id, "Wrong child's notes"), (correction.Status, correction.Version, correction.CorrectsAssessmentId, correction.CorrectionReason));
        Assert.Equal((original.SubjectId, original.ObservedOn, "NHS Devon", "nick.nurse"), (correction.SubjectId, correction.ObservedOn, correction.Agency, correction.Practitioner));
        Assert.Equal(original.Grades.Select(g => (g.SubAreaCode, g.Grade)), correction.Grades.Select(g => (g.SubAreaCode, g.Grade)));
        Assert.All(correction.Grades, g => Assert.Equal(correction.Id, g.AssessmentId));
        Assert.Equal(AssessmentStatus.Completed, original.Status);

        var twice = Refused(() => original.StartCorrection("again", alreadyCorrected: true, "NHS Devon", "nick.nurse", DateTimeOffset.UtcNow));
        Assert.Equal((ErrorCodes.Conflict, "This assessment already has a correction; correct that one instead."), (twice.Code, twice.Message));
        var ofDraft = Refused(() => Draft().StartCorrection("typo", alreadyCorrected: false, "NHS Devon", "nick.nurse", DateTimeOffset.UtcNow));
        Assert.Equal("A draft can be changed directly with recordNeglectAssessment; only a completed assessment needs a correction.", ofDraft.Message);
        Assert.Equal("reason", Assert.Single(Refused(() => original.StartCorrection(" ", false, "NHS Devon", "nick.nurse", DateTimeOffset.UtcNow)).Problems).Field);
    }

    [Fact]
    public void A_family_plan_action_is_for_an_area_graded_4_or_5_in_a_completed_assessment()
    {
        var concern = AssessmentView.Of(Completed(grade: 4), Template);
        var action = FamilyPlanAction.Agree(concern, " pc ", " Weekly food shop together ", " Carer ", Today.AddDays(28), Today, DateTimeOffset.UtcNow);
        Assert.Equal(("PC", "Weekly food shop together", "Carer", concern.Assessment.Id), (action.AreaCode, action.Action, action.Owner, action.AssessmentId));

        var fine = AssessmentView.Of(Completed(grade: 3), Template);
        var notConcern = Refused(() => FamilyPlanAction.Agree(fine, "PC", "x", "y", Today, Today, DateTimeOffset.UtcNow));
        Assert.Equal(("areaCode", "Physical care was graded 3; the family plan's actions are for areas graded 4 or 5."), (Assert.Single(notConcern.Problems).Field, notConcern.Message));
        var unknown = Refused(() => FamilyPlanAction.Agree(concern, "ZZ", "x", "y", Today, Today, DateTimeOffset.UtcNow));
        Assert.Equal("\"ZZ\" is not an area of GCP2 version 1.", unknown.Message);
        var draft = Refused(() => FamilyPlanAction.Agree(AssessmentView.Of(Draft(), Template), "PC", "x", "y", Today, Today, DateTimeOffset.UtcNow));
        Assert.Equal((ErrorCodes.Conflict, "Complete the assessment before planning actions from it."), (draft.Code, draft.Message));
        var late = Refused(() => FamilyPlanAction.Agree(concern, "PC", "x", "y", Today.AddYears(1).AddDays(1), Today, DateTimeOffset.UtcNow));
        Assert.Equal(("reviewOn", "The review date must be within a year."), (Assert.Single(late.Problems).Field, late.Message));
    }
}
