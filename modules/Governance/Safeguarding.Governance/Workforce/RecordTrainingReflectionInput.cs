namespace Safeguarding.Governance.Workforce;

public sealed class RecordTrainingReflectionInput
{
    /// <summary>The session reflected on, by its id.</summary>
    public string? SessionId { get; set; }
    /// <summary>The agency of the person reflecting; one that attended, where attendance was recorded by agency.</summary>
    public string? PartnerId { get; set; }
    /// <summary>Their post, e.g. "Social worker"; never a name.</summary>
    public string? Role { get; set; }
    public string? Text { get; set; }
    /// <summary>Defaults to today; on or after the session.</summary>
    public DateOnly? WrittenOn { get; set; }
}
