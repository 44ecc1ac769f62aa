using Safeguarding.Csa.Persistence;

namespace Safeguarding.Csa.Indicators;

/// <summary>Reads signs and indicators back: the categories, a child's chronology, and the children flagged. Every read of a child's signs is audited.</summary>
public sealed class Chronologies(CsaDbContext db, ISubjectRegistry registry, IAuditLog audit)
{
    public Task<List<IndicatorCategory>> CategoriesAsync(CancellationToken ct) =>
        db.Categories.AsNoTracking().OrderBy(x => x.Position).ToListAsync(ct);

    /// <summary>A registered child's chronology, read by <paramref name="reader"/>: the read is audited.</summary>
    public async Task<Chronology> ReadAsync(Guid subjectId, string reader, CancellationToken ct)
    {
        await registry.RequireChildAsync(subjectId, ct);
        await audit.RecordChildReadAsync(reader, subjectId, "csaChronology", ct);
        return await OfChildAsync(subjectId, ct);
    }

    /// <summary>
    /// Children flagged for a discussion not yet recorded, longest waiting first, a page at a time, read by
    /// <paramref name="reader"/>: each page read is audited.
    /// </summary>
    public async Task<Page<DiscussionFlag>> OpenFlagsAsync(string reader, PageRequest page, CancellationToken ct)
    {
        var flags = await db.Flags.AsNoTracking().Where(f => f.DiscussionHeldOn == null).PageOldestFirstAsync(page, f => f.FlaggedOn, f => f.Id, ct);
        await audit.RecordListReadAsync(reader, "csaOpenFlags", $"{flags.Rows.Count} of {flags.TotalCount} open flags", ct);
        return flags;
    }

    /// <summary>
    /// A child's indicators ordered by the day observed (then the moment recorded), and their flags, oldest first.
    /// Not audited: for a caller that audits its own read.
    /// </summary>
    internal async Task<Chronology> OfChildAsync(Guid subjectId, CancellationToken ct)
    {
        var labels = await db.Categories.AsNoTracking().ToDictionaryAsync(x => x.Code, x => x.Label, ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SubjectId == subjectId).ToListAsync(ct);
        var flags = await db.Flags.AsNoTracking().Where(f => f.SubjectId == subjectId).ToListAsync(ct);
        return new Chronology(subjectId,
            indicators.OrderBy(i => i.ObservedOn).ThenBy(i => i.RecordedAt)
                .Select(i => new IndicatorView(i, labels.GetValueOrDefault(i.CategoryCode, i.CategoryCode))).ToList(),
            flags.OrderBy(f => f.FlaggedOn).ThenBy(f => f.DiscussionHeldOn == null).ToList());
    }
}
