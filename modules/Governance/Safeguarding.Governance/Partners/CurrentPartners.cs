using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Partners;

/// <summary>The partners a new record may name: those that exist and have not left the partnership.</summary>
internal static class CurrentPartners
{
    /// <summary>The partner with <paramref name="id"/>; NOT_FOUND if there is none, VALIDATION on <paramref name="field"/> if it has retired.</summary>
    public static async Task<Partner> CurrentPartnerAsync(this GovernanceDbContext db, Guid id, string field, CancellationToken ct)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("partner", id);
        partner.RequireCurrent(field);
        return partner;
    }

    /// <summary>Each of <paramref name="ids"/> as <see cref="CurrentPartnerAsync"/> checks one.</summary>
    public static async Task<List<Partner>> CurrentPartnersAsync(this GovernanceDbContext db, IReadOnlyCollection<Guid> ids, string field, CancellationToken ct)
    {
        var found = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        foreach (var missing in ids.Except(found.Select(p => p.Id))) throw DomainException.NotFound("partner", missing);
        foreach (var partner in found) partner.RequireCurrent(field);
        return found;
    }
}
