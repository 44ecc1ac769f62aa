using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

internal static class FactWriter
{
    /// <summary>The fact of this kind and key, tracked: found (also among facts added earlier in the same delivery) or added.</summary>
    public static async Task<Fact> FactAsync(this ScrutinyDbContext db, string kind, object key, CancellationToken ct)
    {
        var k = key.ToString()!;
        var fact = await db.Facts.FindAsync([kind, k], ct);
        if (fact is null) db.Facts.Add(fact = new Fact { Kind = kind, Key = k });
        return fact;
    }

    /// <summary>
    /// The facts of this kind for these keys, tracked, by key: the stored ones read in one query, the others added. For
    /// handlers that take a whole delivery group at once.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Fact>> FactsAsync(this ScrutinyDbContext db, string kind, IEnumerable<object> keys, CancellationToken ct)
    {
        var wanted = keys.Select(k => k.ToString()!).Distinct().ToList();
        var facts = db.Facts.Local.Where(f => f.Kind == kind && wanted.Contains(f.Key)).ToDictionary(f => f.Key);
        var unread = wanted.Where(k => !facts.ContainsKey(k)).ToList();
        if (unread.Count > 0)
            foreach (var stored in await db.Facts.Where(f => f.Kind == kind && unread.Contains(f.Key)).ToListAsync(ct))
                facts[stored.Key] = stored;
        foreach (var key in wanted.Where(k => !facts.ContainsKey(k)))
            db.Facts.Add(facts[key] = new Fact { Kind = kind, Key = key });
        return facts;
    }

    public static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkTime.ToUk(instant).DateTime);
}
