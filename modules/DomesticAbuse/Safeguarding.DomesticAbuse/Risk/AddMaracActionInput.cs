namespace Safeguarding.DomesticAbuse.Risk;

public sealed class AddMaracActionInput
{
    public string? ReferralId { get; set; }
    public string? Agency { get; set; }
    public string? Action { get; set; }
    public DateOnly DueOn { get; set; }
}
