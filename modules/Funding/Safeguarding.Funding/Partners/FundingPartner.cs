using Safeguarding.Funding.Persistence;
using Safeguarding.Governance.Contracts;

namespace Safeguarding.Funding.Partners;

/// <summary>Funding's own copy of a partner, kept from Governance's <see cref="PartnerRegistered"/> and <see cref="PartnerRenamed"/> events.</summary>
public sealed class FundingPartner
{
    public Guid PartnerId { get; set; }
    public string Name { get; set; } = "";
    public bool IsStatutory { get; set; }
}

public sealed class PartnerRegisteredHandler(FundingDbContext db) : IIntegrationEventHandler<PartnerRegistered>, IIntegrationEventHandler<PartnerRenamed>
{
    /// <summary>Contributions already recorded keep the name they were made under; the copy follows for new ones.</summary>
    public async Task HandleAsync(PartnerRenamed e, CancellationToken ct)
    {
        var partner = await db.Partners.FindAsync([e.PartnerId], ct);
        if (partner is null) return; // registered before this module kept partners; its registration is replayed with the rest
        partner.Name = e.Name;
        await db.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(PartnerRegistered e, CancellationToken ct)
    {
        var partner = await db.Partners.FindAsync([e.PartnerId], ct);
        if (partner is null) db.Partners.Add(partner = new FundingPartner { PartnerId = e.PartnerId });
        partner.Name = e.Name;
        partner.IsStatutory = e.IsStatutory;
        await db.SaveChangesAsync(ct);
    }
}
