namespace Safeguarding.Adolescents.Briefing;

public sealed class AgreeResponseInput
{
    public string? EntryId { get; set; }
    public string? Action { get; set; }
    public List<string>? OwningAgencies { get; set; }
    public DateTimeOffset DueAt { get; set; }
}
