using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Governance.Partners;

public sealed class AddPartnerInputType() : RecordInputGraphType<AddPartnerInput>("AddPartnerInput");
