using System.Security.Claims;

namespace Safeguarding.Host.Platform;

/// <summary>
/// The basis on which each module's information about a child is shared outside it: recorded by the module's working
/// group, one per child and module (the latest replaces the earlier), audited.
/// </summary>
public sealed class InformationSharing(PlatformDbContext db, ModuleCatalog catalog, ISubjectRegistry registry, IAuditLog audit, TimeProvider clock)
{
    public async Task<SharingBasisRecord> RecordBasisAsync(SubjectId subject, string moduleName, SharingBasis basis, string? reason, ClaimsPrincipal practitioner,
        CancellationToken ct)
    {
        var module = catalog.Find(moduleName) ?? throw DomainException.NotFound("module", moduleName);
        if (!practitioner.IsMemberOf(module.WorkingGroup))
            throw DomainException.Forbidden($"Only members of the {module.WorkingGroup} working group record how its information about a child is shared.");
        if (!await registry.ExistsAsync(subject, ct)) throw DomainException.NotFound("subject", subject.Value);
        var record = await db.SharingBases.FirstOrDefaultAsync(b => b.SubjectId == subject.Value && b.Module == module.Name, ct);
        if (record is null) db.SharingBases.Add(record = new SharingBasisRecord { SubjectId = subject.Value, Module = module.Name });
        record.Record(basis, reason, practitioner.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        // The reason for overriding consent stays with the record: it can reveal what the module holds (an alleged abuser
        // who is the carer), and the audit log is read by administrators.
        await audit.RecordAsync(new AuditEntry(record.RecordedBy, AuditActions.SharingBasisRecorded, subject.ToString(),
            Module: module.Name, Detail: record.Basis.ToString()), ct);
        return record;
    }

    /// <summary>The basis recorded for each module under any of a child's ids (a child merged from several records), the latest per module.</summary>
    public async Task<IReadOnlyDictionary<string, SharingBasisRecord>> BasesAsync(SubjectId subject, CancellationToken ct)
    {
        var ids = (await registry.IdsOfPersonAsync(subject, ct)).Select(i => i.Value).ToList();
        return (await db.SharingBases.AsNoTracking().Where(b => ids.Contains(b.SubjectId)).ToListAsync(ct))
            .OrderByDescending(b => b.RecordedAt).GroupBy(b => b.Module).ToDictionary(g => g.Key, g => g.First());
    }
}
