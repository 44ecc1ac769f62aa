namespace Safeguarding.Csa.Support;

public sealed class CsaSupportReferralInput
{
    /// <summary>The service referred to, e.g. a recovery service or an HSB service.</summary>
    public string? Service { get; set; }
    public SupportKind Kind { get; set; }
    /// <summary>Whether a commissioned service exists to take it; default true. False records a gap.</summary>
    public bool Commissioned { get; set; } = true;
    public DateOnly ReferredOn { get; set; }
}
