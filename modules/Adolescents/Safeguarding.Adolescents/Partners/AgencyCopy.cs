using Safeguarding.Adolescents.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.Adolescents.Partners;

/// <summary>The module's copy of the partnership's agencies, kept from Governance's partner events. Reporting agencies
/// and the owners of agreed responses and safety plan actions are checked against it.</summary>
internal sealed class AgencyCopy(AdolescentsDbContext db) : PartnershipAgencyCopy(db);
