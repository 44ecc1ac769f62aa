using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>How stored notices are read back: with their children (subject ids) and adults.</summary>
public sealed class ProtectionNotices(DomesticAbuseDbContext db)
{
    public static IQueryable<ProtectionNotice> WithPeople(DomesticAbuseDbContext db) =>
        db.Notices.AsNoTracking().Include(n => n.Children).Include(n => n.Adults).AsSplitQuery();

    public async Task<ProtectionNotice> FindAsync(string? noticeId, CancellationToken ct)
    {
        var id = InputCheck.Id(noticeId, "id", "The notice");
        return await WithPeople(db).FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw DomainException.NotFound("protection notice", id);
    }

    /// <summary>
    /// Most recent incident first, a page at a time: of incidents from <paramref name="from"/> to <paramref name="to"/>
    /// (UK days, inclusive), optionally for one child or one adult (the police's person reference).
    /// </summary>
    public async Task<Page<ProtectionNotice>> ListAsync(DateOnly? from, DateOnly? to, string? subjectIdText, string? personReference, PageRequest page, CancellationToken ct)
    {
        var check = new InputCheck();
        var subjectId = subjectIdText is null ? (Guid?)null : check.ParseId(subjectIdText, "subjectId", "The child's subject id");
        check.ThrowIfInvalid();
        var query = WithPeople(db);
        if (from is { } first) { var at = UkTime.At(first, TimeOnly.MinValue); query = query.Where(n => n.IncidentAt >= at); }
        if (to is { } last) { var at = UkTime.At(last.AddDays(1), TimeOnly.MinValue); query = query.Where(n => n.IncidentAt < at); }
        if (subjectId is { } s) query = query.Where(n => n.Children.Any(x => x.SubjectId == s));
        if (personReference is { Length: > 0 } person)
        {
            var reference = person.Trim().ToUpperInvariant();
            var adultId = await db.Adults.Where(a => a.PersonReference == reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            query = query.Where(n => n.Adults.Any(x => x.AdultId == adultId));
        }
        return await query.PageNewestFirstAsync(page, n => n.IncidentAt, n => n.Id, ct);
    }

    /// <summary>
    /// The adults each notice names, each with their role in it and what the police know of them: one read for all the
    /// notices, however many.
    /// </summary>
    public async Task<Dictionary<ProtectionNotice, IReadOnlyList<NoticeAdultView>>> AdultsOfAsync(IReadOnlyList<ProtectionNotice> notices, CancellationToken ct)
    {
        var ids = notices.SelectMany(n => n.Adults).Select(a => a.AdultId).Distinct().ToList();
        var adults = ids.Count == 0 ? [] : await db.Adults.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return notices.ToDictionary(n => n, n => (IReadOnlyList<NoticeAdultView>)n.Adults
            .Select(a => new NoticeAdultView(a.AdultId, a.Role, adults[a.AdultId].PersonReference, adults[a.AdultId].SubjectId)).ToList());
    }
}
