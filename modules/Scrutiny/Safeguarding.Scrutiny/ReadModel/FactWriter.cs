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
    /// Writes the facts of this kind for a run of events at once, for handlers that take a whole delivery group: the
    /// facts already stored (or tracked) are read in one query and changed; the new ones are inserted with multi-row
    /// statements in the delivery's transaction. Events for the same key are applied in order to one fact.
    /// </summary>
    public static async Task WriteFactsAsync<TEvent>(this ScrutinyDbContext db, string kind, IReadOnlyList<TEvent> events,
        Func<TEvent, object> keyOf, Action<Fact, TEvent> apply, CancellationToken ct)
    {
        var keyed = events.Select(e => (Key: keyOf(e).ToString()!, Event: e)).ToList();
        var keys = keyed.Select(k => k.Key).Distinct().ToList();
        var facts = db.Facts.Local.Where(f => f.Kind == kind && keys.Contains(f.Key)).ToDictionary(f => f.Key);
        var unread = keys.Where(k => !facts.ContainsKey(k)).ToList();
        if (unread.Count > 0)
            // One parameter holding every key, not one a key: a group's hundreds of named parameters cost more to bind than the query.
            foreach (var stored in await db.Facts.Where(f => f.Kind == kind && EF.Parameter(unread).Contains(f.Key)).ToListAsync(ct))
                facts[stored.Key] = stored;
        var added = new List<Fact>();
        foreach (var (key, e) in keyed)
        {
            if (!facts.TryGetValue(key, out var fact)) added.Add(facts[key] = fact = new Fact { Kind = kind, Key = key });
            apply(fact, e);
        }
        await db.InsertAllAsync(added, ct);
    }

    public static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkTime.ToUk(instant).DateTime);
}
