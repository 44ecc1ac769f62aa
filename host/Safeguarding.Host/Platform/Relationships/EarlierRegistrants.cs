namespace Safeguarding.Host.Platform.Relationships;

/// <summary>
/// A one-off step of the upgrade to legitimate relationships (decision 0030): a child registered before them has no
/// allocation, so the practitioner who registered the child, who held the identity they typed, would lose it. Each such
/// child's registering practitioner is allocated to them in the module the child was first enrolled in, as a
/// registration now does. Runs at every start and finds nothing once done: a child registered since has an access row
/// (an allocation, even if later ended), and so is never allocated again.
/// </summary>
public sealed class EarlierRegistrants(PlatformDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string Actor = "upgrade";
    private const int Batch = 1000;

    /// <summary>Allocates the registrants of children with no access row at all; returns how many were allocated.</summary>
    public async Task<int> AllocateAsync(CancellationToken ct)
    {
        var allocated = 0;
        while (true)
        {
            var children = await db.Subjects.AsNoTracking()
                // Enrolled somewhere: a child enrolled nowhere is no one's record, and would otherwise come back in every batch.
                .Where(s => s.MergedInto == null && s.RegisteredBy != "" && !db.ChildAccesses.Any(a => a.SubjectId == s.Id)
                            && db.Enrolments.Any(e => e.SubjectId == s.Id))
                .OrderBy(s => s.Id).Take(Batch).Select(s => new { s.Id, s.RegisteredBy, s.RegisteredAt }).ToListAsync(ct);
            if (children.Count == 0) break;
            var ids = children.Select(c => c.Id).ToList();
            var firstModule = (await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.SubjectId)).ToListAsync(ct))
                .GroupBy(e => e.SubjectId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.EnrolledAt).ThenBy(e => e.Module, StringComparer.Ordinal).First().Module);
            var accesses = children.Select(c => ChildAccess.AllocateRegistrant(c.Id, c.RegisteredBy, firstModule[c.Id], c.RegisteredAt)).ToList();
            db.ChildAccesses.AddRange(accesses);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            allocated += accesses.Count;
            if (children.Count < Batch) break;
        }
        if (allocated > 0)
            await audit.RecordAsync(new AuditEntry(Actor, AuditActions.ChildAccessAllocated,
                Detail: $"{allocated} children registered before legitimate relationships: each allocated to the practitioner who registered them " +
                        $"({clock.GetUtcNow():yyyy-MM-dd})"), ct);
        return allocated;
    }
}
