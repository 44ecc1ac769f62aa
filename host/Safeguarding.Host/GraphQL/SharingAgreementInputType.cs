namespace Safeguarding.Host.GraphQL;

public sealed class SharingAgreementInputType : RecordInputGraphType<SharingAgreementTerms>
{
    public SharingAgreementInputType() : base("SharingAgreementInput", "An information-sharing agreement's terms, to add it to the register or revise it.")
    {
        Reference(x => x.Id, required: false);
        Required(x => x.Title, x => x.Parties, x => x.Purpose, x => x.DataShared);
    }
}
