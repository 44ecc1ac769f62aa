namespace Safeguarding.Governance.CaseResolution;

public sealed class MoveDisagreementInput
{
    /// <summary>The disagreement, by its id.</summary>
    public string? DisagreementId { get; set; }
    /// <summary>Why it was escalated, or how it was resolved.</summary>
    public string? Note { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? On { get; set; }
}
