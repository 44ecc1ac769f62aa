using Safeguarding.Adolescents.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.Adolescents.Partners;

internal static class PartnerNames
{
    /// <summary>
    /// The partnership's own spelling of each named agency (matched ignoring letter case and spacing), and the names that
    /// are not agencies of the partnership now (unknown, or retired).
    /// </summary>
    public static async Task<(List<string> Known, List<string> Unknown)> ResolveAsync(AdolescentsDbContext db, IEnumerable<string> names, CancellationToken ct)
    {
        var current = await db.Partners.AsNoTracking().Where(p => p.RetiredOn == null).Select(p => p.Name).ToListAsync(ct);
        // Governance refuses two agencies with one key; should the copy ever hold two, the first wins, never a crash.
        var byKey = current.GroupBy(ReferenceName.Key).ToDictionary(g => g.Key, g => g.First());
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var name in names.Select(ReferenceName.Tidy).DistinctBy(ReferenceName.Key))
            if (byKey.TryGetValue(ReferenceName.Key(name), out var spelt)) known.Add(spelt);
            else unknown.Add(name);
        return (known, unknown);
    }
}
