using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Partners;

/// <summary>
/// The partnership's agencies as they are read, held in memory (<see cref="ReferenceData{TContext,TEntity}"/>): nearly
/// every request reads them and they change a few times a year, through <see cref="PartnerRegister"/>, whose commits
/// make the next read fetch them again.
/// </summary>
public sealed class PartnerDirectory(ReferenceData<GovernanceDbContext, Partner> partners)
{
    /// <summary>Statutory partners first, then by name; agencies that have left only when <paramref name="includeRetired"/>.</summary>
    public async Task<IReadOnlyList<Partner>> ListAsync(bool statutoryOnly, bool includeRetired, CancellationToken ct) =>
        (await partners.AllAsync(ct))
            .Where(p => (!statutoryOnly || p.Kind == PartnerKind.StatutoryPartner) && (includeRetired || p.RetiredOn == null))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
}
