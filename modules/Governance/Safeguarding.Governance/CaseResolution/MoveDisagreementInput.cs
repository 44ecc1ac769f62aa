namespace Safeguarding.Governance.CaseResolution;

public sealed class MoveDisagreementInput
{
    public string? DisagreementId { get; set; }
    /// <summary>Why it was escalated, or how it was resolved.</summary>
    public string? Note { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? On { get; set; }
}
