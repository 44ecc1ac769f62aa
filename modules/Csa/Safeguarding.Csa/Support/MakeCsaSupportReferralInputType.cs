namespace Safeguarding.Csa.Support;

public sealed class MakeCsaSupportReferralInputType : RecordInputGraphType<MakeCsaSupportReferralInput>
{
    public MakeCsaSupportReferralInputType() : base("MakeCsaSupportReferralInput")
    {
        Reference(x => x.SubjectId, required: true, "A child registered in the subject registry.");
        Required(x => x.Referral);
        ShownAs<CsaSupportReferralInputType>(x => x.Referral);
    }
}
