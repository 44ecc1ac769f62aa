using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

/// <summary>The partnership's boards and groups: lists them, and gives partners their seats.</summary>
public sealed class PartnershipBodies(GovernanceDbContext db)
{
    /// <summary>Boards, then groups, then working groups, each by name.</summary>
    public async Task<IReadOnlyList<PartnershipBody>> ListAsync(CancellationToken ct) =>
        await db.Bodies.AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);

    /// <summary>A seat on a body for a current partner, held by a post.</summary>
    public async Task<BodyMembership> AddMemberAsync(AddBodyMemberInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var bodyId = check.ParseId(input.BodyId, "bodyId", "The body");
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The partner");
        BodyMembership.CheckRole(check, input.Role);
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, ct)) throw DomainException.NotFound("partnership body", bodyId);
        await db.CurrentPartnerAsync(partnerId, "partnerId", ct);
        var seats = await db.Memberships.AsNoTracking().Where(m => m.BodyId == bodyId).ToListAsync(ct);
        var membership = BodyMembership.Seat(bodyId, partnerId, input.Role, input.IsChair, seats);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        return membership;
    }
}
