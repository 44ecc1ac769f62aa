namespace Safeguarding.Csa.Support;

public sealed class CsaSupportReferralInput
{
    public string? Service { get; set; }
    public SupportKind Kind { get; set; }
    public bool Commissioned { get; set; } = true;
    public DateOnly ReferredOn { get; set; }
}
