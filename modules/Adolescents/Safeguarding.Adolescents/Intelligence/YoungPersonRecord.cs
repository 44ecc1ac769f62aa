using Safeguarding.Adolescents.Persistence;
using Safeguarding.Adolescents.SafetyPlans;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>What the Adolescents module holds about one young person.</summary>
/// <param name="SafetyPlan">The Adolescent Safety Framework plan, if there is one.</param>
/// <param name="CustodyEpisodes">Times the young person was in custody.</param>
/// <param name="ExploitationConcerns">Exploitation concerns recorded about the young person.</param>
/// <param name="MissingEpisodes">Times the young person went missing.</param>
public sealed record YoungPersonRecord(
    Guid SubjectId, IReadOnlyList<MissingEpisode> MissingEpisodes, IReadOnlyList<CustodyEpisode> CustodyEpisodes,
    IReadOnlyList<ExploitationConcern> ExploitationConcerns, SafetyPlan? SafetyPlan)
{
    /// <summary>The young person's record, most recent first.</summary>
    public static async Task<YoungPersonRecord> LoadAsync(AdolescentsDbContext db, Guid subjectId, CancellationToken ct)
    {
        var missing = await db.MissingEpisodes.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderByDescending(e => e.WentMissingAt).ToListAsync(ct);
        var custody = await db.CustodyEpisodes.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderByDescending(e => e.DetainedAt).ToListAsync(ct);
        var concerns = await db.ExploitationConcerns.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderByDescending(e => e.ReportedOn).ToListAsync(ct);
        var plan = await SafetyPlanReviews.LoadAsync(db, subjectId, ct);
        return new YoungPersonRecord(subjectId, missing, custody, concerns, plan);
    }
}
