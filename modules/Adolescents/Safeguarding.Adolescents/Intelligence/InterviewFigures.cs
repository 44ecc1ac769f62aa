using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>
/// Returns from missing episodes in a period (by the UK date of return) and where their interviews stand. Counts only, of
/// young people: the four states add up to the returns, so a small one withholds the next smallest with it for readers
/// outside the Adolescents working group.
/// </summary>
public sealed class InterviewFigures
{
    /// <summary>The longest period one request counts.</summary>
    public const int MaxDays = 3660;
    public const string Longest = "ten years";

    /// <summary>The period's first day.</summary>
    public DateOnly From { get; init; }
    /// <summary>The period's last day.</summary>
    public DateOnly To { get; init; }
    /// <summary>Returns from missing in the period.</summary>
    public Disclosed<int> Returns { get; init; }
    /// <summary>Returns offered an interview within 72 hours.</summary>
    public Disclosed<int> OfferedOnTime { get; init; }
    /// <summary>Returns offered an interview after 72 hours.</summary>
    public Disclosed<int> OfferedLate { get; init; }
    /// <summary>Not offered, and the 72 hours have passed.</summary>
    public Disclosed<int> Overdue { get; init; }
    /// <summary>Not offered yet, still within the 72 hours.</summary>
    public Disclosed<int> Awaiting { get; init; }

    public static async Task<InterviewFigures> CountAsync(AdolescentsDbContext db, Period period, DateTimeOffset now, DisclosureControl rule, CancellationToken ct)
    {
        var start = UkTime.At(period.From, TimeOnly.MinValue);
        var end = UkTime.At(period.To.AddDays(1), TimeOnly.MinValue);
        var returns = await db.MissingEpisodes.AsNoTracking().Where(e => e.ReturnedAt >= start && e.ReturnedAt < end).ToListAsync(ct);
        var statuses = returns.Select(e => e.InterviewStatusAt(now)).ToList();
        var table = rule.Table();
        var (onTime, late, overdue, awaiting) = (table.Count(statuses.Count(s => s == InterviewStatus.OfferedOnTime)), table.Count(statuses.Count(s => s == InterviewStatus.OfferedLate)),
            table.Count(statuses.Count(s => s == InterviewStatus.Overdue)), table.Count(statuses.Count(s => s == InterviewStatus.Awaiting)));
        var all = table.Count(returns.Count);
        table.Sum(all, [onTime, late, overdue, awaiting, table.Unshown(statuses.Count(s => s == InterviewStatus.NotReturned))]);
        return new InterviewFigures
        {
            From = period.From, To = period.To, Returns = table[all],
            OfferedOnTime = table[onTime], OfferedLate = table[late], Overdue = table[overdue], Awaiting = table[awaiting],
        };
    }

    /// <summary>Returns with no interview offered within 72 hours, oldest deadline first, a page at a time.</summary>
    public static Task<Page<MissingEpisode>> OverdueAsync(AdolescentsDbContext db, DateTimeOffset now, PageRequest page, CancellationToken ct) =>
        db.MissingEpisodes.AsNoTracking()
            .Where(e => e.InterviewDueBy != null && e.InterviewDueBy < now && e.InterviewOfferedAt == null)
            .PageOldestFirstAsync(page, e => e.InterviewDueBy!.Value, e => e.Id, ct);
}
