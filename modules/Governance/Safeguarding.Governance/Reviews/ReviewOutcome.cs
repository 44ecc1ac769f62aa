namespace Safeguarding.Governance.Reviews;

/// <summary>What the statutory partners decide a Rapid Review leads to.</summary>
public enum ReviewOutcome
{
    /// <summary>A local Child Safeguarding Practice Review.</summary>
    Cspr,
    /// <summary>
    /// No CSPR: the criteria are not met (learning may still follow, e.g. a Learning from Experience review).
    /// </summary>
    NoCspr,
}
