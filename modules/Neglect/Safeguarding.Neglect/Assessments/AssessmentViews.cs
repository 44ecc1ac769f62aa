using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Templates;

namespace Safeguarding.Neglect.Assessments;

/// <param name="AreaCode">The area's code.</param>
/// <param name="Flag">Whether the practitioner marked the grade as a strength or a concern, or neither.</param>
/// <param name="Grade">The grade, 1 (best) to 5.</param>
/// <param name="Label">The sub-area, in words.</param>
/// <param name="Note">The practitioner's note on the grade; null when none.</param>
/// <param name="SubAreaCode">The sub-area's code.</param>
public sealed record SubAreaGradeView(string AreaCode, string SubAreaCode, string Label, int Grade, GradeFlag Flag, string? Note);

/// <param name="Code">The area's code.</param>
/// <param name="Grade">The area's grade, 1 (best) to 5, worked out from the sub-areas graded so far; null while none is.</param>
/// <param name="Label">The area, in words.</param>
/// <param name="SubAreas">Sub-areas in the area.</param>
/// <param name="SubAreasGraded">Sub-areas graded so far.</param>
public sealed record AreaGradeView(string Code, string Label, int? Grade, int SubAreasGraded, int SubAreas);

/// <summary>An assessment with its template's labels and its area grades worked out by <see cref="NeglectRules"/>.</summary>
/// <param name="CorrectedByAssessmentId">The completed correction that replaces this assessment, if any.</param>
/// <param name="Grades">Each sub-area's grade.</param>
public sealed record AssessmentView(Assessment Assessment, IReadOnlyList<SubAreaGradeView> Grades, IReadOnlyList<AreaGradeView> Areas, Guid? CorrectedByAssessmentId)
{
    /// <summary>The worst (highest) area grade, once every area is graded.</summary>
    public int? WorstAreaGrade => Areas.All(a => a.Grade is not null) && Areas.Count > 0 ? NeglectRules.Summary(Areas.Select(a => a.Grade!.Value)).WorstAreaGrade : null;
    /// <summary>How many areas are graded 4 or 5.</summary>
    public int AreasOfConcern => Areas.Count(a => a.Grade >= NeglectRules.ConcernGrade);

    public static AssessmentView Of(Assessment a, AssessmentTemplate t, Guid? correctedBy = null)
    {
        var byCode = a.Grades.ToDictionary(g => g.SubAreaCode);
        var grades = new List<SubAreaGradeView>();
        var areas = new List<AreaGradeView>();
        foreach (var area in t.Areas)
        {
            var graded = area.SubAreas.Where(s => byCode.ContainsKey(s.Code)).ToList();
            grades.AddRange(graded.Select(s => byCode[s.Code]).Select(g => new SubAreaGradeView(area.Code, g.SubAreaCode,
                area.SubAreas.First(s => s.Code == g.SubAreaCode).Label, g.Grade, g.Flag, g.Note)));
            int? grade = graded.Count == 0 ? null : NeglectRules.AreaGrade(graded.Select(s => byCode[s.Code].Grade));
            areas.Add(new AreaGradeView(area.Code, area.Label, grade, graded.Count, area.SubAreas.Count));
        }
        return new AssessmentView(a, grades, areas, correctedBy);
    }

    /// <summary>Views of a set of assessments, loading each template once.</summary>
    public static async Task<List<AssessmentView>> LoadAsync(NeglectDbContext db, IQueryable<Assessment> query, CancellationToken ct) =>
        await OfAsync(db, await query.AsNoTracking().Include(a => a.Grades).AsSplitQuery().ToListAsync(ct), ct);

    /// <summary>Views of assessments already read with their grades, loading each template once.</summary>
    public static async Task<List<AssessmentView>> OfAsync(NeglectDbContext db, IReadOnlyList<Assessment> assessments, CancellationToken ct)
    {
        var ids = assessments.Select(a => a.Id).ToList();
        var corrections = await db.Assessments.AsNoTracking()
            .Where(c => c.CorrectsAssessmentId != null && ids.Contains(c.CorrectsAssessmentId.Value) && c.Status != AssessmentStatus.Draft)
            .Select(c => new { c.Id, Corrects = c.CorrectsAssessmentId!.Value }).ToListAsync(ct);
        var templates = new Dictionary<Guid, AssessmentTemplate>();
        var views = new List<AssessmentView>();
        foreach (var a in assessments)
        {
            if (!templates.TryGetValue(a.TemplateId, out var t)) templates[a.TemplateId] = t = (await db.TemplateAsync(a.TemplateId, ct))!;
            views.Add(Of(a, t, corrections.FirstOrDefault(c => c.Corrects == a.Id)?.Id));
        }
        return views;
    }
}

/// <param name="AreaCode">The area's code.</param>
/// <param name="FromGrade">The area's grade in the earlier assessment.</param>
/// <param name="Label">The area, in words.</param>
/// <param name="ToGrade">The area's grade in the later assessment.</param>
public sealed record AreaChange(string AreaCode, string Label, int FromGrade, int ToGrade, Direction Direction);

/// <param name="Areas">Each area's grade in the two assessments.</param>
/// <param name="FromAssessmentId">The earlier assessment.</param>
/// <param name="FromObservedOn">The UK day the earlier one was observed.</param>
/// <param name="ToAssessmentId">The later assessment.</param>
/// <param name="ToObservedOn">The UK day the later one was observed.</param>
public sealed record AssessmentChange(Guid FromAssessmentId, Guid ToAssessmentId, DateOnly FromObservedOn, DateOnly ToObservedOn, IReadOnlyList<AreaChange> Areas);

/// <param name="Changes">The change between each pair of consecutive assessments.</param>
/// <param name="FamilyPlan">The family plan's actions.</param>
public sealed record ChangeOverTime(Guid SubjectId, IReadOnlyList<AssessmentView> Assessments, IReadOnlyList<AssessmentChange> Changes, IReadOnlyList<FamilyPlanAction> FamilyPlan)
{
    /// <summary>
    /// The completed assessments in the order observed (an assessment corrected by a completed correction is left out;
    /// its correction stands in its place), and the direction of each area between consecutive ones.
    /// </summary>
    public static ChangeOverTime Of(Guid subjectId, IEnumerable<AssessmentView> views, IReadOnlyList<FamilyPlanAction> plan)
    {
        var sequence = views.Where(v => !v.Assessment.IsDraft && v.CorrectedByAssessmentId is null)
            .OrderBy(v => v.Assessment.ObservedOn).ThenBy(v => v.Assessment.CompletedOn).ToList();
        var changes = new List<AssessmentChange>();
        for (var i = 1; i < sequence.Count; i++)
        {
            var (from, to) = (sequence[i - 1], sequence[i]);
            var areas = to.Areas.Where(a => a.Grade is not null)
                .Select(a => (To: a, From: from.Areas.FirstOrDefault(f => f.Code == a.Code && f.Grade is not null)))
                .Where(p => p.From is not null)
                .Select(p => new AreaChange(p.To.Code, p.To.Label, p.From!.Grade!.Value, p.To.Grade!.Value, NeglectRules.DirectionOf(p.From.Grade.Value, p.To.Grade.Value)))
                .ToList();
            changes.Add(new AssessmentChange(from.Assessment.Id, to.Assessment.Id, from.Assessment.ObservedOn, to.Assessment.ObservedOn, areas));
        }
        return new ChangeOverTime(subjectId, sequence, changes, plan);
    }
}
