namespace Safeguarding.Csa.Support;

/// <summary>From configuration section <c>Csa:Support</c>.</summary>
public sealed class SupportOptions
{
    public const string Section = "Csa:Support";

    /// <summary>A referral still waiting after this many days counts as unmet.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 365)] public int UnmetAfterDays { get; set; } = 28;
}
