using GraphQL.Types;

namespace Safeguarding.Governance.CaseResolution;

public sealed class RaiseDisagreementInputType : InputObjectGraphType<RaiseDisagreementInput>
{
    public RaiseDisagreementInputType()
    {
        Name = "RaiseProfessionalDisagreementInput";
        Field<NonNullGraphType<IdGraphType>>("raisedByPartnerId");
        Field<NonNullGraphType<IdGraphType>>("againstPartnerId");
        Field(x => x.Summary).Description("What the disagreement is about; no child's name.");
        Field(x => x.RaisedOn, nullable: true).Description("Defaults to today.");
    }
}
