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

    public static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkTime.ToUk(instant).DateTime);
}
