using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>
/// Tracks the scrutineer's recommendations to closure. Each change of status is kept in the history and announced in the
/// same save; the audit entry is written once it is saved. Inputs are checked, with the recommendation's id, before the
/// recommendation is looked up, so a wrong input is reported whatever the id.
/// </summary>
public sealed class RecommendationTracking(ScrutinyDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string AuditAction = "recommendation.status";

    /// <summary>By year, theme and the order recorded, a page at a time; of one year ("2023/24" or "2023-24") or status when given.</summary>
    public async Task<Page<Recommendation>> ListAsync(string? year, RecommendationStatus? status, PageRequest page, CancellationToken ct)
    {
        var query = db.Recommendations.AsNoTracking();
        // A year nobody could mean is refused: it would otherwise match nothing, and an empty list would say "none".
        if (year is not null) { var label = YearText.Parse(year, "year").Label; query = query.Where(r => r.Year == label); }
        if (status is { } s) query = query.Where(r => r.Status == s);
        // The themes stand in the order the scrutineer's report sets them (the enumeration's), which no column holds: the
        // recommendations (a few dozen a year) are ordered and paged in memory.
        return await (await query.ToListAsync(ct)).AsQueryable().PageAsync(page, ListOrder<Recommendation>.Ascending(r => r.Year)
            .ThenAscending(r => (int)r.Theme).ThenAscending(r => r.RecordedAt).ThenAscending(r => r.Id), ct);
    }

    /// <summary>The history of these recommendations' status, each oldest first.</summary>
    public Task<List<RecommendationChange>> HistoriesAsync(IReadOnlyList<Guid> recommendations, CancellationToken ct) =>
        db.RecommendationChanges.AsNoTracking().Where(h => recommendations.Contains(h.RecommendationId)).OrderBy(h => h.Id).ToListAsync(ct);

    public async Task<Recommendation> AddAsync(AddRecommendationInput input, CancellationToken ct)
    {
        var recommendation = Recommendation.Record(input.Year, input.Theme, input.Kind, input.Text, input.Finding, clock.GetUtcNow());
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync(ct);
        return recommendation;
    }

    public async Task<Recommendation> AssignOwnerAsync(string? recommendationId, string? owner, DateOnly? dueOn, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var id = Id(check, recommendationId);
        Recommendation.CheckOwner(check, owner, dueOn, today).ThrowIfInvalid();
        var recommendation = await FindAsync(id, ct);
        recommendation.AssignOwner(owner, dueOn, today);
        await db.SaveChangesAsync(ct);
        return recommendation;
    }

    public async Task<Recommendation> RespondAsync(string? recommendationId, string? response, string actor, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = Id(check, recommendationId);
        Recommendation.CheckResponse(check, response).ThrowIfInvalid();
        var recommendation = await FindAsync(id, ct);
        return await SaveAsync(recommendation, recommendation.Respond(response, actor, clock.GetUtcNow()), ct);
    }

    public async Task<Recommendation> CloseAsync(string? recommendationId, string? evidence, string actor, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = Id(check, recommendationId);
        Recommendation.CheckEvidence(check, evidence).ThrowIfInvalid();
        var recommendation = await FindAsync(id, ct);
        return await SaveAsync(recommendation, recommendation.Close(evidence, actor, clock.GetUtcNow(), clock.Today()), ct);
    }

    public async Task<Recommendation> ReopenAsync(string? recommendationId, string? reason, string actor, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = Id(check, recommendationId);
        Recommendation.CheckReason(check, reason).ThrowIfInvalid();
        var recommendation = await FindAsync(id, ct);
        return await SaveAsync(recommendation, recommendation.Reopen(reason, actor, clock.GetUtcNow()), ct);
    }

    private static Guid Id(InputCheck check, string? text) => check.ParseId(text, "id", "The recommendation");

    private async Task<Recommendation> FindAsync(Guid id, CancellationToken ct) =>
        await db.Recommendations.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("recommendation", id);

    /// <summary>Keeps the change in the history and announces it in one save, then writes the audit entry.</summary>
    private async Task<Recommendation> SaveAsync(Recommendation recommendation, RecommendationChange change, CancellationToken ct)
    {
        db.RecommendationChanges.Add(change);
        db.Publish(recommendation.Announce(change));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEntry(change.ChangedBy, AuditAction, Module: ScrutinyModule.ModuleName,
            Detail: $"Recommendation {recommendation.Id} ({recommendation.Year}, {recommendation.Theme}): {change.FromStatus} -> {change.ToStatus}"), ct);
        return recommendation;
    }
}
