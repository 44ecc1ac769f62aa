namespace Safeguarding.Csa.Support;

/// <summary>A referral of a child to a support or recovery service: which, what kind, whether commissioned, and when.</summary>
public sealed class CsaSupportReferralInput
{
    /// <summary>The service referred to, e.g. a recovery service or an HSB service.</summary>
    public string? Service { get; set; }
    /// <summary>The kind of support.</summary>
    public SupportKind Kind { get; set; }
    /// <summary>Whether a commissioned service exists to take it; default true. False records a gap.</summary>
    public bool Commissioned { get; set; } = true;
    /// <summary>The UK day of the referral.</summary>
    public DateOnly ReferredOn { get; set; }
}
