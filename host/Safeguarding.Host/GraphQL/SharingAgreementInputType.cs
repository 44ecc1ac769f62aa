namespace Safeguarding.Host.GraphQL;

public sealed class SharingAgreementInputType : RecordInputGraphType<SharingAgreementTerms>
{
    public SharingAgreementInputType() : base("SharingAgreementInput", "An information-sharing agreement's terms, to add it to the register or revise it.")
    {
        Reference(x => x.Id, required: false);
        Required(x => x.Title);
        Required(x => x.Parties);
        Required(x => x.Purpose);
        Required(x => x.DataShared);
    }
}
