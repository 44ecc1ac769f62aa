namespace Safeguarding.Csa.Support;

public sealed class CsaSupportReferralInputType : RecordInputGraphType<CsaSupportReferralInput>
{
    public CsaSupportReferralInputType() : base("CsaSupportReferralInput")
    {
        Optional(x => x.Commissioned);
    }
}
