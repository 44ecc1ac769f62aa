using Microsoft.EntityFrameworkCore;
using Safeguarding.Funding.Persistence;
using Safeguarding.Governance.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Funding.Partners;

/// <summary>Funding's own copy of a partner, kept from Governance's <see cref="PartnerRegistered"/> events.</summary>
public sealed class FundingPartner
{
    public Guid PartnerId { get; set; }
    public string Name { get; set; } = "";
    public bool IsStatutory { get; set; }
}

public sealed class PartnerRegisteredHandler(FundingDbContext db) : IIntegrationEventHandler<PartnerRegistered>
{
    public async Task HandleAsync(PartnerRegistered e, CancellationToken ct)
    {
        var partner = await db.Partners.FindAsync([e.PartnerId], ct);
        if (partner is null) db.Partners.Add(partner = new FundingPartner { PartnerId = e.PartnerId });
        partner.Name = e.Name;
        partner.IsStatutory = e.IsStatutory;
        await db.SaveChangesAsync(ct);
    }
}
