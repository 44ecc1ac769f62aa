using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>
/// A published briefing in counts only: no young person is identified. The entries and their reasons count young people,
/// each withheld when small for readers outside the Adolescents working group (an entry may have several reasons, so
/// they add up to nothing); the responses are actions and are shown as they are.
/// </summary>
/// <param name="Date">The briefing's UK day.</param>
/// <param name="Entries">Young people in the briefing.</param>
/// <param name="ExploitationRising">Those with rising exploitation concerns.</param>
/// <param name="InCustody">Those in custody.</param>
/// <param name="MissingNow">Those missing at the time.</param>
/// <param name="NewMissing">Those newly missing.</param>
/// <param name="RepeatMissing">Those missing repeatedly.</param>
/// <param name="ResponsesAgreed">Responses agreed for the briefing's entries.</param>
/// <param name="ResponsesDone">Of those, responses done.</param>
public sealed record BriefingFigures(DateOnly Date, Disclosed<int> Entries, Disclosed<int> NewMissing, Disclosed<int> MissingNow, Disclosed<int> InCustody,
    Disclosed<int> ExploitationRising, Disclosed<int> RepeatMissing, int ResponsesAgreed, int ResponsesDone)
{
    /// <summary>The longest period one request counts.</summary>
    public const int MaxDays = 366;
    public const string Longest = "a year";

    /// <summary>The briefings published in the period, oldest first.</summary>
    public static async Task<List<BriefingFigures>> ForPeriodAsync(AdolescentsDbContext db, Period period, DisclosureControl rule, CancellationToken ct)
    {
        var briefings = await db.Briefings.AsNoTracking().Include(b => b.Entries).Where(b => b.BriefingDate >= period.From && b.BriefingDate <= period.To)
            .OrderBy(b => b.BriefingDate).ToListAsync(ct);
        var ids = briefings.Select(b => b.Id).ToList();
        var responses = await db.Responses.AsNoTracking().Where(r => ids.Contains(r.BriefingId))
            .Select(r => new { r.BriefingId, r.DoneAt }).ToListAsync(ct);
        return briefings.Select(b => new BriefingFigures(b.BriefingDate, rule.Count(b.Entries.Count),
            rule.Count(b.Count(BriefingReason.NewMissingEpisode)), rule.Count(b.Count(BriefingReason.MissingNow)), rule.Count(b.Count(BriefingReason.InCustody)),
            rule.Count(b.Count(BriefingReason.ExploitationRising)), rule.Count(b.Count(BriefingReason.RepeatMissing)),
            responses.Count(r => r.BriefingId == b.Id), responses.Count(r => r.BriefingId == b.Id && r.DoneAt != null))).ToList();
    }
}
