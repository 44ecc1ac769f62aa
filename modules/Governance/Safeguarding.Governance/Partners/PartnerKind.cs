namespace Safeguarding.Governance.Partners;

/// <summary>What makes an agency part of the partnership.</summary>
public enum PartnerKind
{
    /// <summary>
    /// A safeguarding partner under Working Together 2023 (local authority, police, ICB; education from 2024).
    /// </summary>
    StatutoryPartner,
    /// <summary>An agency designated by the partnership to work with the statutory partners.</summary>
    RelevantAgency,
}
