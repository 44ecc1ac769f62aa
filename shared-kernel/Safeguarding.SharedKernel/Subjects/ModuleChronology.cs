using Microsoft.EntityFrameworkCore;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// A module's part of a child's chronology, declared table by table: each table's records about the child (under every
/// id they are known by) and the entries each record makes. The records are read one query a table, without tracking.
/// </summary>
public abstract class ModuleChronology : IChronologySource
{
    /// <summary>Reads a table's records about the child and turns each into its entries.</summary>
    protected delegate Task<IEnumerable<ChronologyEntry>> Table(CancellationToken ct);

    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(IReadOnlyCollection<SubjectId> child, CancellationToken ct)
    {
        var entries = new List<ChronologyEntry>();
        foreach (var table in Tables(child.Select(c => c.Value).ToList())) entries.AddRange(await table(ct));
        return entries;
    }

    /// <summary>The module's tables that hold dated records about the child with these ids.</summary>
    protected abstract IEnumerable<Table> Tables(IReadOnlyList<Guid> child);

    /// <summary>The records <paramref name="records"/> selects, each making the entries <paramref name="entriesOf"/> gives.</summary>
    protected static Table From<TRecord>(IQueryable<TRecord> records, Func<TRecord, IEnumerable<ChronologyEntry>> entriesOf) where TRecord : class =>
        async ct => (await records.AsNoTracking().ToListAsync(ct)).SelectMany(entriesOf);

    /// <summary>A day recorded without a time, as the moment it began in the UK.</summary>
    protected static DateTimeOffset OnDay(DateOnly day) => Time.UkTime.At(day, TimeOnly.MinValue);
}
