namespace Safeguarding.Governance.Partners;

public sealed class AddPartnerInputType() : RecordInputGraphType<AddPartnerInput>("AddPartnerInput");
