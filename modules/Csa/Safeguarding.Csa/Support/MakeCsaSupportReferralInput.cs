namespace Safeguarding.Csa.Support;

public sealed class MakeCsaSupportReferralInput
{
    public string? SubjectId { get; set; }
    public CsaSupportReferralInput? Referral { get; set; }
}
