namespace Safeguarding.Adolescents.Briefing;

public sealed class AgreeResponseInput
{
    /// <summary>An entry of a published briefing.</summary>
    public string? EntryId { get; set; }
    /// <summary>What the partners agreed to do.</summary>
    public string? Action { get; set; }
    /// <summary>The partnership's agencies that own the response.</summary>
    public List<string>? OwningAgencies { get; set; }
    /// <summary>By when (within 14 days).</summary>
    public DateTimeOffset DueAt { get; set; }
}
