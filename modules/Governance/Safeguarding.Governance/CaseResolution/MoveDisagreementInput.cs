namespace Safeguarding.Governance.CaseResolution;

public sealed class MoveDisagreementInput
{
    public string? DisagreementId { get; set; }
    public string? Note { get; set; }
    public DateOnly? On { get; set; }
}
