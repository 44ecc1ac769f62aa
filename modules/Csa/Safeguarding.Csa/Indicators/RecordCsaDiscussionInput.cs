namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaDiscussionInput
{
    public string? FlagId { get; set; }
    public DateOnly HeldOn { get; set; }
    public List<string>? Agencies { get; set; }
    public string? Outcome { get; set; }
}
