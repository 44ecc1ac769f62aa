namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordCustodyEpisodeInput : IntakeInput
{
    /// <summary>When the young person was detained (with its offset, e.g. 2025-03-30T21:40:00+01:00).</summary>
    public DateTimeOffset DetainedAt { get; set; }
    /// <summary>When they were released, if they already have been.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }
}
