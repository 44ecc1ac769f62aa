namespace Safeguarding.Csa.Support;

public sealed class MakeCsaSupportReferralInputType : RecordInputGraphType<MakeCsaSupportReferralInput>
{
    public MakeCsaSupportReferralInputType() : base("MakeCsaSupportReferralInput")
    {
        Reference(x => x.SubjectId, required: true);
        Required(x => x.Referral);
    }
}
