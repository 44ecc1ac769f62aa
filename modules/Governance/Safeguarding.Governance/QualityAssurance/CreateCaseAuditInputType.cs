namespace Safeguarding.Governance.QualityAssurance;

public sealed class CreateCaseAuditInputType : RecordInputGraphType<CreateCaseAuditInput>
{
    public CreateCaseAuditInputType() : base("CreateCaseAuditInput")
    {
        // Each entry is a reference to a partner, received as text so that the module answers a malformed one itself.
        Required<IdGraphType>(x => x.AgencyPartnerIds);
        Reference(x => x.RepeatOfAuditId, required: false);
        AsFinancialQuarter(x => x.Quarter, required: true);
        Required(x => x.Topic);
    }
}
