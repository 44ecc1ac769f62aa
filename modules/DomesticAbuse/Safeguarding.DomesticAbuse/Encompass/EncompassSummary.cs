namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// Operation Encompass notifications in a period, in total and by setting, as the reader may see them. Each
/// notification tells a school about one child, so these are counts of children, and they form one table: a setting's
/// row adds up to what it was sent, each column to the total of that status, and both to all sent. A small count is
/// withheld with whatever in its row or column would give it away.
/// </summary>
/// <param name="AcknowledgedOnTime">Acknowledged before the start of the next school day.</param>
/// <param name="Outstanding">Not yet acknowledged, deadline not yet passed.</param>
/// <param name="Overdue">Not acknowledged and past the deadline.</param>
/// <param name="AcknowledgedLate">Acknowledged after the start of the next school day.</param>
/// <param name="BySetting">The same counts for each setting.</param>
/// <param name="From">The period's first day.</param>
/// <param name="Sent">Notifications sent for incidents in the period.</param>
/// <param name="To">The period's last day.</param>
public sealed record EncompassSummary(DateOnly From, DateOnly To, Disclosed<int> Sent, Disclosed<int> AcknowledgedOnTime, Disclosed<int> AcknowledgedLate,
    Disclosed<int> Outstanding, Disclosed<int> Overdue, IReadOnlyList<EncompassSettingCount> BySetting)
{
    /// <param name="bySetting">Each setting's on time, late, outstanding and overdue, in the order shown.</param>
    public static EncompassSummary Of(DateOnly from, DateOnly to, IReadOnlyList<(Guid Id, string Name, int OnTime, int Late, int Outstanding, int Overdue)> bySetting,
        DisclosureControl rule)
    {
        var table = rule.Table();
        var cells = bySetting.Select(s => new[] { table.Count(s.OnTime), table.Count(s.Late), table.Count(s.Outstanding), table.Count(s.Overdue) }).ToList();
        var sentBySetting = cells.Select(row => table.Total(row)).ToList();
        var columns = Enumerable.Range(0, 4).Select(k => table.Total(cells.Select(row => row[k]).ToList())).ToList();
        var sent = table.Total(columns);
        table.Sum(sent, sentBySetting);
        var settings = bySetting.Select((s, i) => new EncompassSettingCount(s.Id, s.Name, table[sentBySetting[i]],
            table[cells[i][0]], table[cells[i][1]], table[cells[i][2]], table[cells[i][3]])).ToList();
        return new(from, to, table[sent], table[columns[0]], table[columns[1]], table[columns[2]], table[columns[3]], settings);
    }
}
