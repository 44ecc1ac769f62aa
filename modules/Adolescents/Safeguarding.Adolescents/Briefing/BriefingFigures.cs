using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>A published briefing in counts only: no young person is identified.</summary>
public sealed record BriefingFigures(DateOnly Date, int Entries, int NewMissing, int MissingNow, int InCustody, int ExploitationRising, int RepeatMissing, int ResponsesAgreed, int ResponsesDone)
{
    /// <summary>The longest period one request counts.</summary>
    public const int MaxDays = 366;
    public const string Longest = "a year";

    /// <summary>The briefings published in the period, oldest first.</summary>
    public static async Task<List<BriefingFigures>> ForPeriodAsync(AdolescentsDbContext db, Period period, CancellationToken ct)
    {
        var briefings = await db.Briefings.AsNoTracking().Include(b => b.Entries).Where(b => b.BriefingDate >= period.From && b.BriefingDate <= period.To)
            .OrderBy(b => b.BriefingDate).ToListAsync(ct);
        var ids = briefings.Select(b => b.Id).ToList();
        var responses = await db.Responses.AsNoTracking().Where(r => ids.Contains(r.BriefingId))
            .Select(r => new { r.BriefingId, r.DoneAt }).ToListAsync(ct);
        return briefings.Select(b => new BriefingFigures(b.BriefingDate, b.Entries.Count,
            b.Count(BriefingReason.NewMissingEpisode), b.Count(BriefingReason.MissingNow), b.Count(BriefingReason.InCustody),
            b.Count(BriefingReason.ExploitationRising), b.Count(BriefingReason.RepeatMissing),
            responses.Count(r => r.BriefingId == b.Id), responses.Count(r => r.BriefingId == b.Id && r.DoneAt != null))).ToList();
    }
}
