using Microsoft.EntityFrameworkCore;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Governance.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Adolescents.Partners;

/// <summary>The module's own copy of a partnership agency, kept from Governance's <see cref="PartnerRegistered"/> events.
/// Reporting agencies and the owners of agreed responses are checked against it.</summary>
public sealed class AdolescentsPartner
{
    public Guid PartnerId { get; set; }
    public string Name { get; set; } = "";
}

public sealed class PartnerRegisteredHandler(AdolescentsDbContext db) : IIntegrationEventHandler<PartnerRegistered>
{
    public async Task HandleAsync(PartnerRegistered e, CancellationToken ct)
    {
        var partner = await db.Partners.FindAsync([e.PartnerId], ct);
        if (partner is null) db.Partners.Add(partner = new AdolescentsPartner { PartnerId = e.PartnerId });
        partner.Name = e.Name;
        await db.SaveChangesAsync(ct);
    }
}

internal static class PartnerNames
{
    /// <summary>The partnership's own spelling of each named agency, or the names that are not agencies of the partnership.</summary>
    public static async Task<(List<string> Known, List<string> Unknown)> ResolveAsync(AdolescentsDbContext db, IEnumerable<string> names, CancellationToken ct)
    {
        var all = await db.Partners.AsNoTracking().Select(p => p.Name).ToListAsync(ct);
        var byName = all.ToDictionary(n => n.Trim(), StringComparer.OrdinalIgnoreCase);
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var name in names.Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            if (byName.TryGetValue(name, out var spelt)) known.Add(spelt);
            else unknown.Add(name);
        return (known, unknown);
    }
}
