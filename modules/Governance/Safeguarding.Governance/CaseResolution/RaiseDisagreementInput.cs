namespace Safeguarding.Governance.CaseResolution;

public sealed class RaiseDisagreementInput
{
    public string? RaisedByPartnerId { get; set; }
    public string? AgainstPartnerId { get; set; }
    public string? Summary { get; set; }
    public DateOnly? RaisedOn { get; set; }
}
