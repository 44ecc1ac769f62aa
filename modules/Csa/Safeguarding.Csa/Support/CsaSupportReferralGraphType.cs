namespace Safeguarding.Csa.Support;

public sealed class CsaSupportReferralGraphType : RecordGraphType<SupportReferral>
{
    public CsaSupportReferralGraphType() : base("CsaSupportReferral", "A child's referral to a support or recovery service.")
    {
        Describe(x => x.Commissioned, "False when no commissioned service exists for this need: a gap.");
    }
}
