namespace Safeguarding.Csa.Support;

public sealed class CsaSupportReferralInputType : RecordInputGraphType<CsaSupportReferralInput>
{
    public CsaSupportReferralInputType() : base("CsaSupportReferralInput")
    {
        Describe(x => x.Service, "The service referred to, e.g. a recovery service or an HSB service.");
        Optional(x => x.Commissioned).Description = "Whether a commissioned service exists to take it; default true. False records a gap.";
    }
}
