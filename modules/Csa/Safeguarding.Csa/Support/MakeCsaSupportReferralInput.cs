namespace Safeguarding.Csa.Support;

public sealed class MakeCsaSupportReferralInput
{
    /// <summary>A child registered in the subject registry.</summary>
    public string? SubjectId { get; set; }
    /// <summary>The referral: the service, its kind and the day.</summary>
    public CsaSupportReferralInput? Referral { get; set; }
}
