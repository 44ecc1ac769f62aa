using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Host.Platform.Relationships;

/// <summary>How long the relationships that are not recorded by a person last (<c>ChildAccess</c> in configuration).</summary>
public sealed class ChildAccessOptions
{
    public const string Section = "ChildAccess";

    /// <summary>How long sealed (emergency) access lasts from the moment it is opened. Short: it is for an emergency, not for casework.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SealedFor { get; set; } = TimeSpan.FromHours(4);

    /// <summary>
    /// How long an agency's record on a child stays open after its latest entry: a colleague's entry within this period makes
    /// the agency's practitioners' relationship with the child legitimate.
    /// </summary>
    [Range(1, 3650)]
    public int AgencyRecordOpenForDays { get; set; } = 365;
}
