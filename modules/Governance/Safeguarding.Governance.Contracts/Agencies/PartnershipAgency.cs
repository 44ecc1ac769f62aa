namespace Safeguarding.Governance.Contracts.Agencies;

/// <summary>
/// A module's own copy of one of the partnership's agencies, kept from Governance's events, so that an agency a
/// practitioner names in a record can be checked against the partnership's list without reading Governance's tables.
/// </summary>
public sealed class PartnershipAgency
{
    public Guid PartnerId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Set when the agency left the partnership: kept for history, refused for new records.</summary>
    public DateOnly? RetiredOn { get; set; }
}
