namespace Safeguarding.Csa.Support;

public sealed class MakeCsaSupportReferralInput
{
    /// <summary>A child registered in the subject registry.</summary>
    public string? SubjectId { get; set; }
    public CsaSupportReferralInput? Referral { get; set; }
}
