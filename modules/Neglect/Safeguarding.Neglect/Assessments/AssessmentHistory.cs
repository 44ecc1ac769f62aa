using Safeguarding.Neglect.Persistence;

namespace Safeguarding.Neglect.Assessments;

/// <summary>Reads assessments back: one, a child's, a child's change over time, and the working group's list across children.</summary>
public sealed class AssessmentHistory(NeglectDbContext db)
{
    /// <summary>Most recently observed first; of one day, the later version first (a correction before what it corrects).</summary>
    private static readonly ListOrder<Assessment> MostRecentFirstOrder =
        ListOrder<Assessment>.Descending(a => a.ObservedOn).ThenDescending(a => a.Version).ThenDescending(a => a.Id);

    public async Task<AssessmentView> OneAsync(Guid id, CancellationToken ct) =>
        (await AssessmentView.LoadAsync(db, db.Assessments.Where(a => a.Id == id), ct)).SingleOrDefault()
        ?? throw DomainException.NotFound("neglect assessment", id);

    /// <summary>A child's assessments, every version, most recently observed first, a page at a time.</summary>
    public Task<Page<AssessmentView>> PageOfChildAsync(Guid subjectId, PageRequest page, CancellationToken ct) =>
        PageAsync(db.Assessments.Where(a => a.SubjectId == subjectId), page, ct);

    /// <summary>A child's assessments, every version, most recently observed first.</summary>
    public async Task<List<AssessmentView>> OfChildAsync(Guid subjectId, CancellationToken ct)
    {
        var views = await AssessmentView.LoadAsync(db, db.Assessments.Where(a => a.SubjectId == subjectId), ct);
        return MostRecentFirst(views);
    }

    /// <summary>A child's completed assessments in order, the direction of each area between them, and the family plan.</summary>
    public async Task<ChangeOverTime> ChangeOverTimeAsync(Guid subjectId, CancellationToken ct)
    {
        var views = await OfChildAsync(subjectId, ct);
        var plan = await db.FamilyPlanActions.AsNoTracking().Where(p => p.SubjectId == subjectId).OrderBy(p => p.ReviewOn).ToListAsync(ct);
        return ChangeOverTime.Of(subjectId, views, plan);
    }

    /// <summary>
    /// Assessments of every child, most recently observed first, a page at a time: of a status, of agencies whose name
    /// contains <paramref name="agency"/>, observed between two days.
    /// </summary>
    public async Task<Page<AssessmentView>> ListAsync(AssessmentStatus? status, string? agency, DateOnly? observedFrom, DateOnly? observedTo, PageRequest page, CancellationToken ct)
    {
        agency = agency?.Trim();
        new InputCheck()
            .Require(observedFrom is null || observedTo is null || observedFrom <= observedTo, "observedTo", "The last day observed must be on or after the first.")
            .OptionalText(agency, "agency", "The agency", 200)
            .ThrowIfInvalid();
        var query = db.Assessments.AsQueryable();
        if (status is not null) query = query.Where(a => a.Status == status);
        if (!string.IsNullOrEmpty(agency)) query = query.Where(a => a.Agency.ToLower().Contains(agency.ToLower()));
        if (observedFrom is not null) query = query.Where(a => a.ObservedOn >= observedFrom);
        if (observedTo is not null) query = query.Where(a => a.ObservedOn <= observedTo);
        return await PageAsync(query, page, ct);
    }

    /// <summary>A page of assessments read by their keys, each then shown with its template's labels and grades.</summary>
    private async Task<Page<AssessmentView>> PageAsync(IQueryable<Assessment> assessments, PageRequest page, CancellationToken ct)
    {
        var read = await assessments.AsNoTracking().Include(a => a.Grades).AsSplitQuery().PageAsync(page, MostRecentFirstOrder, ct);
        var views = (await AssessmentView.OfAsync(db, read.Rows.Select(r => r.Item).ToList(), ct)).ToDictionary(v => v.Assessment.Id);
        return read.Select(a => views[a.Id]);
    }

    private static List<AssessmentView> MostRecentFirst(IEnumerable<AssessmentView> views) =>
        views.OrderByDescending(v => v.Assessment.ObservedOn).ThenByDescending(v => v.Assessment.Version).ToList();
}
