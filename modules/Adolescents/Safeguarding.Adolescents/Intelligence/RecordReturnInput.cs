namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordReturnInput
{
    public string? EpisodeId { get; set; }
    public DateTimeOffset ReturnedAt { get; set; }
    public string? WhereFound { get; set; }
    /// <summary>Where the young person was found, if a known location.</summary>
    public List<string>? LocationIds { get; set; }
}
