using Safeguarding.Neglect.Persistence;

namespace Safeguarding.Neglect.Assessments;

/// <summary>Reads assessments back: one, a child's, a child's change over time, and the working group's list across children.</summary>
public sealed class AssessmentHistory(NeglectDbContext db)
{
    /// <summary>The most assessments the working group's list returns at once.</summary>
    public const int MaxListed = 500;
    public const int DefaultListed = 50;

    public async Task<AssessmentView> OneAsync(Guid id, CancellationToken ct) =>
        (await AssessmentView.LoadAsync(db, db.Assessments.Where(a => a.Id == id), ct)).SingleOrDefault()
        ?? throw DomainException.NotFound("neglect assessment", id);

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

    /// <summary>Assessments of every child, most recently observed first: of a status, of agencies whose name contains <paramref name="agency"/>, observed between two days.</summary>
    public async Task<List<AssessmentView>> ListAsync(AssessmentStatus? status, string? agency, DateOnly? observedFrom, DateOnly? observedTo, int? last, CancellationToken ct)
    {
        agency = agency?.Trim();
        var count = last ?? DefaultListed;
        new InputCheck()
            .Require(observedFrom is null || observedTo is null || observedFrom <= observedTo, "observedTo", "The last day observed must be on or after the first.")
            .Require(count is >= 1 and <= MaxListed, "last", $"Ask for between 1 and {MaxListed} assessments.")
            .OptionalText(agency, "agency", "The agency", 200)
            .ThrowIfInvalid();
        var query = db.Assessments.AsQueryable();
        if (status is not null) query = query.Where(a => a.Status == status);
        if (!string.IsNullOrEmpty(agency)) query = query.Where(a => a.Agency.ToLower().Contains(agency.ToLower()));
        if (observedFrom is not null) query = query.Where(a => a.ObservedOn >= observedFrom);
        if (observedTo is not null) query = query.Where(a => a.ObservedOn <= observedTo);
        query = query.OrderByDescending(a => a.ObservedOn).ThenByDescending(a => a.Version).Take(count);
        return MostRecentFirst(await AssessmentView.LoadAsync(db, query, ct));
    }

    private static List<AssessmentView> MostRecentFirst(IEnumerable<AssessmentView> views) =>
        views.OrderByDescending(v => v.Assessment.ObservedOn).ThenByDescending(v => v.Assessment.Version).ToList();
}
