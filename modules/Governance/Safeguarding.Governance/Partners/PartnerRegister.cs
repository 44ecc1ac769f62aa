using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Partners;

/// <summary>The partnership's register of agencies: adds, renames and retires them, each with the event other modules follow.</summary>
public sealed class PartnerRegister(GovernanceDbContext db, TimeProvider clock)
{
    public async Task<Partner> AddAsync(AddPartnerInput input, CancellationToken ct)
    {
        var partner = Partner.Register(Guid.NewGuid(), input.Name, input.Kind, input.Sector, input.LeadSafeguardingPartner, input.DelegatedSafeguardingPartner);
        await RequireNameFreeAsync(partner, ct);
        db.Partners.Add(partner);
        db.Publish(partner.Registered());
        await db.SaveChangesAsync(ct);
        return partner;
    }

    public async Task<Partner> RenameAsync(Guid partnerId, string? name, CancellationToken ct)
    {
        var partner = await LoadAsync(partnerId, ct);
        var renamed = partner.Rename(name);
        await RequireNameFreeAsync(partner, ct);
        db.Publish(renamed);
        await db.SaveChangesAsync(ct);
        return partner;
    }

    /// <summary>The agency leaves on <paramref name="retiredOn"/>, today unless given.</summary>
    public async Task<Partner> RetireAsync(Guid partnerId, DateOnly? retiredOn, CancellationToken ct)
    {
        var today = clock.Today();
        var partner = await LoadAsync(partnerId, ct);
        db.Publish(partner.Retire(retiredOn ?? today, today));
        await db.SaveChangesAsync(ct);
        return partner;
    }

    private async Task<Partner> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Partners.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("partner", id);

    /// <summary>The friendly answer for the usual case; the unique index on the name's key holds it against a race.</summary>
    private async Task RequireNameFreeAsync(Partner partner, CancellationToken ct)
    {
        var taken = await db.Partners.AsNoTracking().Where(p => p.NameKey == partner.NameKey && p.Id != partner.Id).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (taken is not null) throw DomainException.Conflict(Partner.NameTaken(taken));
    }
}
