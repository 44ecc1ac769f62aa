using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.Bodies;

public sealed class BodyMembershipGraphType : RecordGraphType<BodyMembership>
{
    public BodyMembershipGraphType() : base("BodyMembership", null, x => x.BodyId, x => x.PartnerId)
    {
        this.PartnerField("partner", x => x.PartnerId).Description("The partner agency holding the seat.");
    }
}
