namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordReturnInput
{
    /// <summary>The missing episode, by its id.</summary>
    public string? EpisodeId { get; set; }
    /// <summary>When the young person returned.</summary>
    public DateTimeOffset ReturnedAt { get; set; }
    /// <summary>Where they were found; optional.</summary>
    public string? WhereFound { get; set; }
    /// <summary>Where the young person was found, if a known location.</summary>
    public List<string>? LocationIds { get; set; }
}
