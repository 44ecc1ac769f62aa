namespace Safeguarding.Governance.CaseResolution;

public sealed class RaiseDisagreementInput
{
    public string? RaisedByPartnerId { get; set; }
    public string? AgainstPartnerId { get; set; }
    /// <summary>What the disagreement is about; no child's name.</summary>
    public string? Summary { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? RaisedOn { get; set; }
}
