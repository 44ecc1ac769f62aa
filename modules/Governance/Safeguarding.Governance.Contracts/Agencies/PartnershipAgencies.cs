namespace Safeguarding.Governance.Contracts.Agencies;

/// <summary>
/// Checks the agencies a practitioner names in a record against a module's copy of the partnership's agencies: a name
/// matches whatever its letter case and spacing (<see cref="ReferenceName.Key"/>) and is stored as the partnership
/// spells it; a name that is not one of the partnership's agencies, or that has left the partnership, is a VALIDATION
/// problem on the field that named it.
/// </summary>
public sealed class PartnershipAgencies
{
    private readonly Dictionary<string, PartnershipAgency> _byKey;

    private PartnershipAgencies(IEnumerable<PartnershipAgency> agencies) =>
        // Governance refuses two agencies with one key; should a copy ever hold two, the current one wins, never a crash.
        _byKey = agencies.OrderBy(a => a.RetiredOn is null).GroupBy(a => ReferenceName.Key(a.Name)).ToDictionary(g => g.Key, g => g.Last());

    public static async Task<PartnershipAgencies> LoadAsync(DbSet<PartnershipAgency> copy, CancellationToken ct) =>
        new(await copy.AsNoTracking().ToListAsync(ct));

    /// <summary>The partnership's spelling of <paramref name="name"/>, or null with a problem recorded on <paramref name="field"/>.</summary>
    public string? Resolve(string? name, InputCheck check, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(name)) { check.Require(false, field, $"{label} is required."); return null; }
        if (!_byKey.TryGetValue(ReferenceName.Key(name), out var agency))
        {
            check.Require(false, field, $"\"{Shorten(ReferenceName.Tidy(name))}\" is not one of the partnership's agencies. Name an agency as the partnership lists it.");
            return null;
        }
        if (agency.RetiredOn is { } retired)
        {
            check.Require(false, field, $"{agency.Name} left the partnership on {retired:d MMMM yyyy}; new records cannot name it.");
            return null;
        }
        return agency.Name;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
