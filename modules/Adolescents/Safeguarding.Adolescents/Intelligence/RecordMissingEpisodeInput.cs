namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordMissingEpisodeInput : IntakeInput
{
    /// <summary>When the young person went missing (with its offset, e.g. 2025-03-30T21:40:00+01:00).</summary>
    public DateTimeOffset WentMissingAt { get; set; }
    /// <summary>When they returned, if they already have.</summary>
    public DateTimeOffset? ReturnedAt { get; set; }
    /// <summary>Where they were found, if they returned; optional.</summary>
    public string? WhereFound { get; set; }
}
