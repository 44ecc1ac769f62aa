using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Templates;

namespace Safeguarding.Neglect.Assessments;

/// <summary>
/// Starts, grades, completes, shares and corrects Graded Care Profile 2 assessments: each loads the assessment, lets it
/// apply its rule, and saves once with the event it returns. Each answers the assessment as it now reads.
/// </summary>
public sealed class AssessmentRecords(NeglectDbContext db, ISubjectRegistry registry, TimeProvider clock, AssessmentHistory history)
{
    /// <summary>A draft for a registered child on a template version (GCP2 unless another code is given), by the practitioner of an agency.</summary>
    public async Task<AssessmentView> StartAsync(StartNeglectAssessmentInput input, string agency, string practitioner, CancellationToken ct)
    {
        var today = clock.Today();
        var code = string.IsNullOrWhiteSpace(input.TemplateCode) ? Gcp2Structure.Code : input.TemplateCode.Trim();
        var check = new InputCheck();
        var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
        check.Require(input.TemplateVersion >= 1, "templateVersion", "The template version is a whole number from 1.");
        Assessment.CheckObservedOn(check, input.ObservedOn, today).ThrowIfInvalid();
        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code && t.Version == input.TemplateVersion, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, $"There is no template {code} version {input.TemplateVersion}.");
        await registry.RequireChildAsync(subjectId, ct);
        var assessment = Assessment.Start(subjectId, template, agency, practitioner, input.ObservedOn, today, clock.GetUtcNow());
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        await registry.EnrolInNeglectAsync(subjectId, ct);
        return await history.OneAsync(assessment.Id, ct);
    }

    public async Task<AssessmentView> RecordGradesAsync(RecordNeglectAssessmentInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = check.ParseId(input.AssessmentId, "assessmentId", "The assessment");
        var grades = input.Grades ?? [];
        Assessment.CheckGrades(check, grades).ThrowIfInvalid();
        var assessment = await TrackedAsync(id, ct);
        assessment.RecordGrades(grades, await TemplateOfAsync(assessment, ct));
        await db.SaveChangesAsync(ct);
        return await history.OneAsync(assessment.Id, ct);
    }

    public async Task<AssessmentView> CompleteAsync(Guid id, CancellationToken ct)
    {
        var assessment = await TrackedAsync(id, ct);
        db.Publish(assessment.Complete(await TemplateOfAsync(assessment, ct), clock.Today()));
        await db.SaveChangesAsync(ct);
        return await history.OneAsync(assessment.Id, ct);
    }

    /// <summary>Records the day a completed assessment was shared with the family (today unless given); <paramref name="check"/> holds the id's problems, if any.</summary>
    public async Task<AssessmentView> ShareWithFamilyAsync(Guid id, DateOnly? sharedOn, InputCheck check, CancellationToken ct)
    {
        var today = clock.Today();
        var day = sharedOn ?? today;
        Assessment.CheckSharedOn(check, day, today).ThrowIfInvalid();
        var assessment = await TrackedAsync(id, ct);
        assessment.ShareWithFamily(day, today);
        await db.SaveChangesAsync(ct);
        return await history.OneAsync(assessment.Id, ct);
    }

    /// <summary>Starts the correction of a completed assessment, by the practitioner of an agency; <paramref name="check"/> holds the id's problems, if any.</summary>
    public async Task<AssessmentView> CorrectAsync(Guid id, string? reason, string agency, string practitioner, InputCheck check, CancellationToken ct)
    {
        Assessment.CheckCorrectionReason(check, reason).ThrowIfInvalid();
        var original = await TrackedAsync(id, ct);
        var alreadyCorrected = !original.IsDraft && await db.Assessments.AnyAsync(a => a.CorrectsAssessmentId == original.Id, ct);
        var correction = original.StartCorrection(reason, alreadyCorrected, agency, practitioner, clock.GetUtcNow());
        db.Assessments.Add(correction);
        await db.SaveChangesAsync(ct);
        return await history.OneAsync(correction.Id, ct);
    }

    private async Task<Assessment> TrackedAsync(Guid id, CancellationToken ct) =>
        await db.Assessments.Include(a => a.Grades).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw DomainException.NotFound("neglect assessment", id);

    private async Task<AssessmentTemplate> TemplateOfAsync(Assessment assessment, CancellationToken ct) =>
        (await db.TemplateAsync(assessment.TemplateId, ct))!;
}
