namespace Safeguarding.Governance.Contracts.Agencies;

/// <summary>
/// Keeps a module's copy of the partnership's agencies (<see cref="PartnershipAgency"/>) from Governance's events. A
/// module that checks agency names maps the copy in its model (<see cref="PartnershipAgencyModel.HasPartnershipAgencies"/>)
/// and declares one handler: <c>internal sealed class AgencyCopy(MyDbContext db) : PartnershipAgencyCopy(db);</c>
/// The copy is event-derived: clearing it and replaying the events rebuilds it.
/// </summary>
public abstract class PartnershipAgencyCopy(ModuleDbContext db) :
    IIntegrationEventHandler<PartnerRegistered>,
    IIntegrationEventHandler<PartnerRenamed>,
    IIntegrationEventHandler<PartnerRetired>
{
    public async Task HandleAsync(PartnerRegistered e, CancellationToken ct)
    {
        var agency = await FindOrAddAsync(e.PartnerId, ct);
        agency.Name = e.Name;
        await db.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(PartnerRenamed e, CancellationToken ct)
    {
        var agency = await FindOrAddAsync(e.PartnerId, ct);
        agency.Name = e.Name;
        await db.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(PartnerRetired e, CancellationToken ct)
    {
        var agency = await FindOrAddAsync(e.PartnerId, ct);
        if (agency.Name.Length == 0) agency.Name = e.Name;
        agency.RetiredOn = e.RetiredOn;
        await db.SaveChangesAsync(ct);
    }

    private async Task<PartnershipAgency> FindOrAddAsync(Guid partnerId, CancellationToken ct)
    {
        var agencies = db.Set<PartnershipAgency>();
        var agency = await agencies.FindAsync([partnerId], ct);
        if (agency is null) agencies.Add(agency = new PartnershipAgency { PartnerId = partnerId });
        return agency;
    }
}
