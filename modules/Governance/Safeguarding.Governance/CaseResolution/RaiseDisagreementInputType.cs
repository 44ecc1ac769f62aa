namespace Safeguarding.Governance.CaseResolution;

public sealed class RaiseDisagreementInputType : RecordInputGraphType<RaiseDisagreementInput>
{
    public RaiseDisagreementInputType() : base("RaiseProfessionalDisagreementInput")
    {
        Reference(x => x.RaisedByPartnerId, required: true);
        Reference(x => x.AgainstPartnerId, required: true);
        Describe(x => x.Summary, "What the disagreement is about; no child's name.");
        Describe(x => x.RaisedOn, "Defaults to today.");
    }
}
