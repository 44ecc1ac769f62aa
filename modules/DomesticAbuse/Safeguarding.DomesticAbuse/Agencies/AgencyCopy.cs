using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.DomesticAbuse.Agencies;

/// <summary>The module's copy of the partnership's agencies, against which agencies named in its records are checked.</summary>
internal sealed class AgencyCopy(DomesticAbuseDbContext db) : PartnershipAgencyCopy(db);
