namespace Safeguarding.DomesticAbuse.Risk;

public sealed class AddMaracActionInput
{
    public string? ReferralId { get; set; }
    /// <summary>The agency that owns the action.</summary>
    public string? Agency { get; set; }
    public string? Action { get; set; }
    public DateOnly DueOn { get; set; }
}
