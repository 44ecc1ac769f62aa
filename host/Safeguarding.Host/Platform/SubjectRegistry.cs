using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Platform;

/// <summary>
/// Holds each child's identity once, encrypted at rest, and decides who may read it: a practitioner in the
/// working group of a switched-on module that holds data on the child. Administrators and the scrutineer never.
/// </summary>
public sealed class SubjectRegistry(
    PlatformDbContext db, IDataProtectionProvider protection, IAuditLog audit, IModuleSwitch switches, ModuleCatalog catalog, TimeProvider clock)
    : ISubjectRegistry
{
    private readonly IDataProtector _protector = protection.CreateProtector("Safeguarding.Subjects.Identity.v1");

    public Task<bool> ExistsAsync(SubjectId id, CancellationToken ct = default) => db.Subjects.AnyAsync(s => s.Id == id.Value, ct);

    public async Task<IReadOnlySet<SubjectId>> RegisteredAmongAsync(IReadOnlyCollection<SubjectId> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new HashSet<SubjectId>();
        var values = ids.Select(i => i.Value).Distinct().ToList();
        var found = await db.Subjects.AsNoTracking().Where(s => values.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        return found.Select(g => new SubjectId(g)).ToHashSet();
    }

    public async Task<SubjectId> RegisterAsync(SubjectIdentity identity, string module, string registeredBy, CancellationToken ct = default)
    {
        var id = SubjectId.New();
        var now = clock.GetUtcNow();
        db.Subjects.Add(new SubjectRecord { Id = id.Value, ProtectedIdentity = Protect(identity), RegisteredAt = now, RegisteredBy = registeredBy });
        db.Enrolments.Add(new SubjectEnrolment { SubjectId = id.Value, Module = module, EnrolledAt = now });
        await db.SaveChangesAsync(ct);
        return id;
    }

    public Task EnrolAsync(SubjectId id, string module, CancellationToken ct = default) => EnrolAllAsync([id], module, ct);

    public async Task EnrolAllAsync(IReadOnlyCollection<SubjectId> ids, string module, CancellationToken ct = default)
    {
        if (ids.Count == 0) return;
        var values = ids.Select(i => i.Value).Distinct().ToList();
        for (var attempt = 1; ; attempt++)
        {
            var enrolled = (await db.Enrolments.AsNoTracking().Where(e => e.Module == module && values.Contains(e.SubjectId))
                .Select(e => e.SubjectId).ToListAsync(ct)).ToHashSet();
            var now = clock.GetUtcNow();
            db.Enrolments.AddRange(values.Where(v => !enrolled.Contains(v)).Select(v => new SubjectEnrolment { SubjectId = v, Module = module, EnrolledAt = now }));
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && BulkInsert.IsWriteConflict(e))
            {
                // Another request enrolled some of them meanwhile (its rows are as good as ours): read again and add the rest.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<IReadOnlyList<string>> ModulesHoldingAsync(SubjectId id, CancellationToken ct = default) =>
        await db.Enrolments.AsNoTracking().Where(e => e.SubjectId == id.Value).Select(e => e.Module).OrderBy(m => m).ToListAsync(ct);

    public async Task<SubjectIdentity> ReadIdentityAsync(SubjectId id, ClaimsPrincipal caller, string field, string purpose, CancellationToken ct = default)
    {
        var record = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id.Value, ct);
        if (record is null) throw PartnershipError.NotFound("subject", id);

        string? grantedBy = null;
        if (caller.IsPractitioner())
        {
            var groups = caller.WorkingGroups();
            foreach (var module in await ModulesHoldingAsync(id, ct))
            {
                if (!groups.Contains(module)) continue;
                var flag = catalog.Find(module)?.FeatureFlag ?? module;
                if (!await switches.IsEnabledAsync(flag, ct)) continue;
                grantedBy = module;
                break;
            }
        }

        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.IdentityRead, id.ToString(), field, purpose, grantedBy,
            grantedBy is null ? "Refused: the caller is not in a working group that holds data on this child." : null, Allowed: grantedBy is not null), ct);

        if (grantedBy is null)
            throw PartnershipError.Forbidden("You can see who a child is only as a member of a working group that holds data on them.");
        return Unprotect(record.ProtectedIdentity);
    }

    private string Protect(SubjectIdentity identity) => _protector.Protect(JsonSerializer.Serialize(identity));
    private SubjectIdentity Unprotect(string protectedIdentity) =>
        JsonSerializer.Deserialize<SubjectIdentity>(_protector.Unprotect(protectedIdentity)) ?? throw new InvalidOperationException("Unreadable identity.");
}
