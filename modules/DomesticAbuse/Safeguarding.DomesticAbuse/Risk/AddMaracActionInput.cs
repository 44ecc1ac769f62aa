namespace Safeguarding.DomesticAbuse.Risk;

public sealed class AddMaracActionInput
{
    /// <summary>The MARAC referral, by its id.</summary>
    public string? ReferralId { get; set; }
    /// <summary>The agency that owns the action.</summary>
    public string? Agency { get; set; }
    /// <summary>What the agency agreed to do.</summary>
    public string? Action { get; set; }
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueOn { get; set; }
}
