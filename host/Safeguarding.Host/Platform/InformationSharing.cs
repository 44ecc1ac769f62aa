namespace Safeguarding.Host.Platform;

/// <summary>
/// The lawful basis on which each module's information about a child is shared outside it: recorded by the module's
/// working group, one per child and module (the latest replaces the earlier), audited without the reason; and the
/// data protection officer's review of what was recorded.
/// </summary>
public sealed class InformationSharing(PlatformDbContext db, ModuleCatalog catalog, SubjectRegistry registry, IAuditLog audit, TimeProvider clock)
{
    public const string ReviewReadAction = "sharing.bases.read";

    private readonly Dictionary<string, IReadOnlyDictionary<string, SharingBasisRecord>> _read = [];

    public async Task<SharingBasisRecord> RecordBasisAsync(SubjectId subject, string moduleName, SharingBasis basis, string? reason, string? gatewayCode,
        Guid? agreementId, ClaimsPrincipal practitioner, CancellationToken ct)
    {
        var module = catalog.Find(moduleName) ?? throw DomainException.NotFound("module", moduleName);
        if (!practitioner.IsMemberOf(module.WorkingGroup))
            throw DomainException.Forbidden($"Only members of the {module.WorkingGroup} working group record how its information about a child is shared.");
        if (!await registry.ExistsAsync(subject, ct)) throw DomainException.NotFound("subject", subject.Value);
        if (!(await registry.ModulesHoldingAsync(subject, ct)).Contains(module.Name))
            throw DomainException.Conflict($"The {module.Name} module holds nothing on this child yet: record what it holds before the basis on which it is shared.");
        StatutoryGateway? gateway = null;
        if (!string.IsNullOrWhiteSpace(gatewayCode))
            gateway = await db.StatutoryGateways.FirstOrDefaultAsync(g => g.Code == gatewayCode.Trim().ToUpper(), ct)
                      ?? throw DomainException.Invalid("gateway", $"There is no statutory gateway {gatewayCode.Trim()}: name one of statutoryGateways, such as {StatutoryGateways.ChildProtectionEnquiry}.");
        var agreement = agreementId is { } aid
            ? await db.SharingAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == aid, ct) ?? throw DomainException.NotFound("sharing agreement", aid)
            : null;
        var record = await db.SharingBases.FirstOrDefaultAsync(b => b.SubjectId == subject.Value && b.Module == module.Name, ct);
        if (record is null) db.SharingBases.Add(record = new SharingBasisRecord { SubjectId = subject.Value, Module = module.Name });
        record.Record(basis, reason, gateway, agreement, practitioner.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        _read.Clear();
        // The reason for overriding consent stays with the record: it can reveal what the module holds (an alleged abuser
        // who is the carer), and it is for the module's working group and the data protection officer only.
        await audit.RecordAsync(new AuditEntry(record.RecordedBy, AuditActions.SharingBasisRecorded, subject.ToString(),
            Module: module.Name, Detail: record.AuditMark), ct);
        return record;
    }

    /// <summary>
    /// The basis recorded for each module under any of a child's ids (a child merged from several records), the latest
    /// per module. Kept for the request, so a view of many parts reads them once.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SharingBasisRecord>> BasesAsync(IReadOnlyCollection<SubjectId> person, CancellationToken ct)
    {
        var ids = person.Select(i => i.Value).Order().ToList();
        var key = string.Join(',', ids);
        if (_read.TryGetValue(key, out var known)) return known;
        var bases = (await db.SharingBases.AsNoTracking().Where(b => ids.Contains(b.SubjectId)).ToListAsync(ct))
            .OrderByDescending(b => b.RecordedAt).GroupBy(b => b.Module).ToDictionary(g => g.Key, g => g.First());
        return _read[key] = bases;
    }

    /// <summary>
    /// The bases recorded, newest first, a page at a time, with the reasons for overriding consent: the data protection
    /// officer's review. The read is audited (how many, of which kind; never the reasons).
    /// </summary>
    public async Task<Page<SharingBasisRecord>> ForReviewAsync(SharingBasis? kind, PageRequest page, ClaimsPrincipal reader, CancellationToken ct)
    {
        var list = db.SharingBases.AsNoTracking();
        if (kind is { } k) list = list.Where(b => b.Basis == k);
        var found = await list.PageAsync(page, ListOrder<SharingBasisRecord>.Descending(b => b.RecordedAt).ThenAscending(b => b.SubjectId).ThenAscending(b => b.Module), ct);
        await audit.RecordAsync(new AuditEntry(reader.Actor(), ReviewReadAction, Purpose: "Data protection review of recorded sharing bases",
            Detail: $"{found.Rows.Count} of {found.TotalCount} recorded bases{(kind is null ? "" : $" ({kind})")}"), ct);
        return found;
    }
}
