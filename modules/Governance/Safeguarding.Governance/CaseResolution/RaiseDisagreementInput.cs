namespace Safeguarding.Governance.CaseResolution;

public sealed class RaiseDisagreementInput
{
    /// <summary>The agency raising it, by its id.</summary>
    public string? RaisedByPartnerId { get; set; }
    /// <summary>The agency the disagreement is with, by its id.</summary>
    public string? AgainstPartnerId { get; set; }
    /// <summary>What the disagreement is about; no child's name.</summary>
    public string? Summary { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? RaisedOn { get; set; }
}
