using Safeguarding.Csa.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.Csa.Agencies;

/// <summary>The module's copy of the partnership's agencies, against which agencies named in its records are checked.</summary>
internal sealed class AgencyCopy(CsaDbContext db) : PartnershipAgencyCopy(db);
