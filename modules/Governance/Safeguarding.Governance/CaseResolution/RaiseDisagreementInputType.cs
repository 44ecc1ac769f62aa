namespace Safeguarding.Governance.CaseResolution;

public sealed class RaiseDisagreementInputType : RecordInputGraphType<RaiseDisagreementInput>
{
    public RaiseDisagreementInputType() : base("RaiseProfessionalDisagreementInput")
    {
        Reference(x => x.RaisedByPartnerId, required: true);
        Reference(x => x.AgainstPartnerId, required: true);
        Required(x => x.Summary);
    }
}
