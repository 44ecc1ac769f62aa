using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Neglect.Contracts;
using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Templates;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Neglect.Assessments;

public sealed class StartNeglectAssessmentInput
{
    public string? SubjectId { get; set; }
    public string? TemplateCode { get; set; }
    public int TemplateVersion { get; set; }
    public DateOnly ObservedOn { get; set; }
}

public sealed class StartNeglectAssessmentInputType : InputObjectGraphType<StartNeglectAssessmentInput>
{
    public StartNeglectAssessmentInputType()
    {
        Name = "StartNeglectAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field(x => x.TemplateCode, nullable: true).Description("Default \"GCP2\".");
        Field(x => x.TemplateVersion).Description("The template version, e.g. 1.");
        Field(x => x.ObservedOn).Description("The day the care was observed (not in the future).");
    }
}

public sealed class NeglectSubAreaGradeInput
{
    public string? SubAreaCode { get; set; }
    public int Grade { get; set; }
    public GradeFlag? Flag { get; set; }
    public string? Note { get; set; }
}

public sealed class NeglectSubAreaGradeInputType : InputObjectGraphType<NeglectSubAreaGradeInput>
{
    public NeglectSubAreaGradeInputType()
    {
        Name = "NeglectSubAreaGradeInput";
        Field(x => x.SubAreaCode).Description("A sub-area code of the assessment's template, e.g. \"PC.NUT\".");
        Field(x => x.Grade).Description("1 (all needs met) to 5 (needs entirely unmet).");
        Field<EnumerationGraphType<GradeFlag>>("flag").Description("STRENGTH or CONCERN; NONE by default.");
        Field(x => x.Note, nullable: true);
    }
}

public sealed class RecordNeglectAssessmentInput
{
    public string? AssessmentId { get; set; }
    public List<NeglectSubAreaGradeInput>? Grades { get; set; }
}

public sealed class RecordNeglectAssessmentInputType : InputObjectGraphType<RecordNeglectAssessmentInput>
{
    public RecordNeglectAssessmentInputType()
    {
        Name = "RecordNeglectAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("assessmentId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectSubAreaGradeInputType>>>>("grades")
            .Description("Grades for some or all sub-areas; a sub-area graded again replaces its earlier grade.");
    }
}

public sealed class AddFamilyPlanActionInput
{
    public string? AssessmentId { get; set; }
    public string? AreaCode { get; set; }
    public string? Action { get; set; }
    public string? Owner { get; set; }
    public DateOnly ReviewOn { get; set; }
}

public sealed class AddFamilyPlanActionInputType : InputObjectGraphType<AddFamilyPlanActionInput>
{
    public AddFamilyPlanActionInputType()
    {
        Name = "AddFamilyPlanActionInput";
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Description("A completed assessment.");
        Field(x => x.AreaCode).Description("An area graded 4 or 5 in that assessment, e.g. \"PC\".");
        Field(x => x.Action);
        Field(x => x.Owner).Description("Who will do it: the carer, or a practitioner or agency.");
        Field(x => x.ReviewOn);
    }
}

internal static class AssessmentGraph
{
    private const int MaxNoteLength = 2000;

    private static async Task<AssessmentView> ViewAsync(IResolveFieldContext c, Guid id)
    {
        var db = c.Service<NeglectDbContext>();
        return (await AssessmentView.LoadAsync(db, db.Assessments.Where(a => a.Id == id), c.CancellationToken)).Single();
    }

    private static async Task<Assessment> TrackedAsync(NeglectDbContext db, Guid id, CancellationToken ct) =>
        await db.Assessments.Include(a => a.Grades).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw PartnershipError.NotFound("neglect assessment", id);

    private static PartnershipError Immutable(Assessment a) => PartnershipError.Conflict(
        $"This assessment was completed on {a.CompletedOn:d MMMM yyyy} and cannot be changed. To correct it, use correctNeglectAssessment: that makes a new version which refers to this one.");

    private static Guid ParseSubject(InputCheck check, string? value)
    {
        var id = check.ParseId(value, "subjectId", "The child's subject id");
        return id;
    }

    public static async Task RequireSubjectAsync(IResolveFieldContext c, Guid subjectId)
    {
        if (!await c.Service<ISubjectRegistry>().ExistsAsync(new SubjectId(subjectId), c.CancellationToken))
            throw PartnershipError.NotFound("registered child", subjectId);
    }

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Gcp2TemplateGraphType>>>>("gcp2Templates").WithComplexityImpact(1, 2)
            .Description("The Graded Care Profile 2 structure, every version: areas and sub-areas with codes and neutral labels.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (object?)await c.Service<NeglectDbContext>().AllTemplatesAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAssessmentGraphType>>>>("neglectAssessments").WithComplexityImpact(1, 5)
            .Description("A child's assessments, every version, most recently observed first. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var check = new InputCheck();
                var subjectId = ParseSubject(check, c.GetArgument<string>("subjectId"));
                check.ThrowIfInvalid();
                return await ForSubjectAsync(c.Service<NeglectDbContext>(), subjectId, c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<NeglectAssessmentGraphType>>("neglectAssessment")
            .Description("One assessment. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The assessment");
                return await AssessmentViewOrThrowAsync(c, id);
            });

        slice.Query.Field<NonNullGraphType<NeglectChangeOverTimeGraphType>>("neglectChangeOverTime")
            .Description("A child's completed assessments in order, the direction of each area between consecutive ones, and the family plan. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var check = new InputCheck();
                var subjectId = ParseSubject(check, c.GetArgument<string>("subjectId"));
                check.ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                var views = await ForSubjectAsync(db, subjectId, c.CancellationToken);
                var plan = await db.FamilyPlanActions.AsNoTracking().Where(p => p.SubjectId == subjectId).OrderBy(p => p.ReviewOn).ToListAsync(c.CancellationToken);
                return ChangeOverTime.Of(subjectId, views, plan);
            });

        slice.Subject.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAssessmentGraphType>>>>("neglect").WithComplexityImpact(1, 5)
            .Description("The child's Graded Care Profile 2 assessments, most recently observed first. Neglect working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c => (object?)await ForSubjectAsync(c.Service<NeglectDbContext>(), c.Source.Value, c.CancellationToken));

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("startNeglectAssessment")
            .Description("Starts a draft assessment of a registered child's care, by you, for your agency. Neglect working group.")
            .Argument<NonNullGraphType<StartNeglectAssessmentInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<StartNeglectAssessmentInput>("input");
                var db = c.Service<NeglectDbContext>();
                var clock = c.Service<TimeProvider>();
                var today = clock.Today();
                var code = string.IsNullOrWhiteSpace(input.TemplateCode) ? Gcp2Structure.Code : input.TemplateCode.Trim();
                var check = new InputCheck();
                var subjectId = ParseSubject(check, input.SubjectId);
                check.Require(input.TemplateVersion >= 1, "templateVersion", "The template version is a whole number from 1.")
                    .Require(input.ObservedOn <= today, "observedOn", $"The day observed cannot be in the future (today is {today:d MMMM yyyy}).")
                    .Require(input.ObservedOn > today.AddYears(-2), "observedOn", "The day observed must be within the last two years.")
                    .ThrowIfInvalid();
                var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code && t.Version == input.TemplateVersion, c.CancellationToken)
                    ?? throw new PartnershipError(ErrorCodes.NotFound, $"There is no template {code} version {input.TemplateVersion}.");
                await RequireSubjectAsync(c, subjectId);
                var assessment = new Assessment
                {
                    Id = Guid.NewGuid(), SubjectId = subjectId, TemplateId = template.Id, TemplateCode = template.Code, TemplateVersion = template.Version,
                    Agency = Agency(c), Practitioner = c.User!.Actor(), ObservedOn = input.ObservedOn, Status = AssessmentStatus.Draft,
                    StartedAt = clock.GetUtcNow(),
                };
                db.Assessments.Add(assessment);
                await db.SaveChangesAsync(c.CancellationToken);
                await c.Service<ISubjectRegistry>().EnrolAsync(new SubjectId(subjectId), NeglectModule.ModuleName, c.CancellationToken);
                return await ViewAsync(c, assessment.Id);
            });

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("recordNeglectAssessment")
            .Description("Records grades on a draft assessment (any number of sub-areas at once). A completed assessment cannot change. Neglect working group.")
            .Argument<NonNullGraphType<RecordNeglectAssessmentInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordNeglectAssessmentInput>("input");
                var db = c.Service<NeglectDbContext>();
                var check = new InputCheck();
                var id = check.ParseId(input.AssessmentId, "assessmentId", "The assessment");
                var grades = input.Grades ?? [];
                check.Require(grades.Count > 0, "grades", "Give at least one sub-area's grade.");
                for (var i = 0; i < grades.Count; i++)
                {
                    var g = grades[i];
                    check.RequireText(g.SubAreaCode, $"grades[{i}].subAreaCode", "The sub-area code", 20)
                        .Require(NeglectRules.IsValidGrade(g.Grade), $"grades[{i}].grade", $"Grade {g.Grade} for {g.SubAreaCode} is not on the scale: grades run from 1 (all needs met) to 5 (needs entirely unmet).")
                        .OptionalText(g.Note, $"grades[{i}].note", "The note", MaxNoteLength);
                }
                var duplicates = grades.Where(g => !string.IsNullOrWhiteSpace(g.SubAreaCode)).GroupBy(g => g.SubAreaCode!.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
                check.Require(duplicates.Count == 0, "grades", $"Each sub-area once only: {string.Join(", ", duplicates)} appears more than once.");
                check.ThrowIfInvalid();
                var assessment = await TrackedAsync(db, id, c.CancellationToken);
                if (!assessment.IsDraft) throw Immutable(assessment);
                var template = (await db.TemplateAsync(assessment.TemplateId, c.CancellationToken))!;
                var subAreas = template.Areas.SelectMany(a => a.SubAreas.Select(s => (Area: a.Code, Sub: s.Code))).ToDictionary(x => x.Sub, x => x.Area, StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < grades.Count; i++)
                    check.Require(subAreas.ContainsKey(grades[i].SubAreaCode!.Trim()), $"grades[{i}].subAreaCode",
                        $"\"{grades[i].SubAreaCode}\" is not a sub-area of {template.Code} version {template.Version}.");
                check.ThrowIfInvalid();
                foreach (var g in grades)
                {
                    var code = subAreas.Keys.First(k => string.Equals(k, g.SubAreaCode!.Trim(), StringComparison.OrdinalIgnoreCase));
                    var row = assessment.Grades.FirstOrDefault(x => x.SubAreaCode == code);
                    if (row is null) assessment.Grades.Add(row = new SubAreaGrade { Id = Guid.NewGuid(), AssessmentId = assessment.Id, SubAreaCode = code, AreaCode = subAreas[code] });
                    row.Grade = g.Grade;
                    row.Flag = g.Flag ?? GradeFlag.None;
                    row.Note = string.IsNullOrWhiteSpace(g.Note) ? null : g.Note.Trim();
                }
                await db.SaveChangesAsync(c.CancellationToken);
                return await ViewAsync(c, assessment.Id);
            });

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("completeNeglectAssessment")
            .Description("Completes a draft assessment once every sub-area is graded. It cannot change afterwards. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("assessmentId"), "assessmentId", "The assessment");
                var db = c.Service<NeglectDbContext>();
                var assessment = await TrackedAsync(db, id, c.CancellationToken);
                if (!assessment.IsDraft) throw Immutable(assessment);
                var template = (await db.TemplateAsync(assessment.TemplateId, c.CancellationToken))!;
                var missing = template.Areas.SelectMany(a => a.SubAreas).Where(s => assessment.Grades.All(g => g.SubAreaCode != s.Code)).ToList();
                if (missing.Count > 0)
                    throw PartnershipError.Invalid("grades", $"Grade every sub-area before completing; not yet graded: {string.Join(", ", missing.Select(s => $"{s.Label} ({s.Code})"))}.");
                assessment.Status = AssessmentStatus.Completed;
                assessment.CompletedOn = c.Service<TimeProvider>().Today();
                var view = AssessmentView.Of(assessment, template);
                db.Publish(new AssessmentCompleted(assessment.Id, assessment.SubjectId, assessment.Agency, assessment.TemplateCode, assessment.TemplateVersion,
                    assessment.ObservedOn, view.Areas.Select(a => new AreaGrade(a.Code, a.Grade!.Value)).ToList(), assessment.CorrectsAssessmentId));
                await db.SaveChangesAsync(c.CancellationToken);
                return await ViewAsync(c, assessment.Id);
            });

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("shareNeglectAssessmentWithFamily")
            .Description("Records that a completed assessment was shared with the family. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .Argument<DateOnlyGraphType>("sharedOn", "Default today.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var today = c.Service<TimeProvider>().Today();
                var sharedOn = c.GetArgument<DateOnly?>("sharedOn") ?? today;
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("assessmentId"), "assessmentId", "The assessment");
                check.Require(sharedOn <= today, "sharedOn", "The day shared cannot be in the future.").ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                var assessment = await TrackedAsync(db, id, c.CancellationToken);
                if (assessment.Status == AssessmentStatus.Draft) throw PartnershipError.Conflict("Complete the assessment before sharing it with the family.");
                if (assessment.Status == AssessmentStatus.SharedWithFamily) throw PartnershipError.Conflict($"This assessment was already shared with the family on {assessment.SharedWithFamilyOn:d MMMM yyyy}.");
                if (sharedOn < assessment.CompletedOn) throw PartnershipError.Invalid("sharedOn", "The day shared cannot be before the assessment was completed.");
                assessment.Status = AssessmentStatus.SharedWithFamily;
                assessment.SharedWithFamilyOn = sharedOn;
                await db.SaveChangesAsync(c.CancellationToken);
                return await ViewAsync(c, assessment.Id);
            });

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("correctNeglectAssessment")
            .Description("Starts a correction of a completed assessment: a new draft version, with the same grades, that refers to it. Complete the draft to replace the original in the child's change over time. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var reason = c.GetArgument<string>("reason");
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("assessmentId"), "assessmentId", "The assessment");
                check.RequireText(reason, "reason", "The reason for the correction", 1000).ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                var original = await TrackedAsync(db, id, c.CancellationToken);
                if (original.IsDraft) throw PartnershipError.Conflict("A draft can be changed directly with recordNeglectAssessment; only a completed assessment needs a correction.");
                if (await db.Assessments.AnyAsync(a => a.CorrectsAssessmentId == original.Id, c.CancellationToken))
                    throw PartnershipError.Conflict("This assessment already has a correction; correct that one instead.");
                var correction = new Assessment
                {
                    Id = Guid.NewGuid(), SubjectId = original.SubjectId, TemplateId = original.TemplateId, TemplateCode = original.TemplateCode,
                    TemplateVersion = original.TemplateVersion, Agency = Agency(c), Practitioner = c.User!.Actor(), ObservedOn = original.ObservedOn,
                    Status = AssessmentStatus.Draft, Version = original.Version + 1, CorrectsAssessmentId = original.Id, CorrectionReason = reason.Trim(),
                    StartedAt = c.Service<TimeProvider>().GetUtcNow(),
                };
                correction.Grades.AddRange(original.Grades.Select(g => new SubAreaGrade
                {
                    Id = Guid.NewGuid(), AssessmentId = correction.Id, AreaCode = g.AreaCode, SubAreaCode = g.SubAreaCode, Grade = g.Grade, Flag = g.Flag, Note = g.Note,
                }));
                db.Assessments.Add(correction);
                await db.SaveChangesAsync(c.CancellationToken);
                return await ViewAsync(c, correction.Id);
            });

        slice.Mutation.Field<NonNullGraphType<FamilyPlanActionGraphType>>("addFamilyPlanAction")
            .Description("Adds an action to the family plan for an area graded 4 or 5 in a completed assessment, with its owner and review date. Neglect working group.")
            .Argument<NonNullGraphType<AddFamilyPlanActionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddFamilyPlanActionInput>("input");
                var clock = c.Service<TimeProvider>();
                var today = clock.Today();
                var check = new InputCheck();
                var id = check.ParseId(input.AssessmentId, "assessmentId", "The assessment");
                check.RequireText(input.AreaCode, "areaCode", "The area code", 20)
                    .RequireText(input.Action, "action", "The action", 1000)
                    .RequireText(input.Owner, "owner", "The action's owner", 200)
                    .Require(input.ReviewOn >= today, "reviewOn", $"The review date cannot be in the past (today is {today:d MMMM yyyy}).")
                    .Require(input.ReviewOn <= today.AddYears(1), "reviewOn", "The review date must be within a year.")
                    .ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                var view = await AssessmentViewOrThrowAsync(c, id);
                if (view.Assessment.IsDraft) throw PartnershipError.Conflict("Complete the assessment before planning actions from it.");
                var area = view.Areas.FirstOrDefault(a => string.Equals(a.Code, input.AreaCode!.Trim(), StringComparison.OrdinalIgnoreCase))
                    ?? throw PartnershipError.Invalid("areaCode", $"\"{input.AreaCode}\" is not an area of {view.Assessment.TemplateCode} version {view.Assessment.TemplateVersion}.");
                if (area.Grade < NeglectRules.ConcernGrade)
                    throw PartnershipError.Invalid("areaCode", $"{area.Label} was graded {area.Grade}; the family plan's actions are for areas graded 4 or 5.");
                var action = new FamilyPlanAction
                {
                    Id = Guid.NewGuid(), SubjectId = view.Assessment.SubjectId, AssessmentId = view.Assessment.Id, AreaCode = area.Code,
                    Action = input.Action!.Trim(), Owner = input.Owner!.Trim(), ReviewOn = input.ReviewOn, AgreedAt = clock.GetUtcNow(),
                };
                db.FamilyPlanActions.Add(action);
                await db.SaveChangesAsync(c.CancellationToken);
                return action;
            });
    }

    private static async Task<AssessmentView> AssessmentViewOrThrowAsync(IResolveFieldContext c, Guid id)
    {
        var db = c.Service<NeglectDbContext>();
        return (await AssessmentView.LoadAsync(db, db.Assessments.Where(a => a.Id == id), c.CancellationToken)).SingleOrDefault()
               ?? throw PartnershipError.NotFound("neglect assessment", id);
    }

    private static async Task<List<AssessmentView>> ForSubjectAsync(NeglectDbContext db, Guid subjectId, CancellationToken ct)
    {
        var views = await AssessmentView.LoadAsync(db, db.Assessments.Where(a => a.SubjectId == subjectId), ct);
        return views.OrderByDescending(v => v.Assessment.ObservedOn).ThenByDescending(v => v.Assessment.Version).ToList();
    }

    public static string Agency(IResolveFieldContext c) =>
        c.User!.FindFirst(PartnershipClaims.Agency)?.Value is { Length: > 0 } agency ? agency : "Unknown agency";
}
