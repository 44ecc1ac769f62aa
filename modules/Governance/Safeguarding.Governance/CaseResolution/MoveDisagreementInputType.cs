using GraphQL.Types;

namespace Safeguarding.Governance.CaseResolution;

public sealed class MoveDisagreementInputType : InputObjectGraphType<MoveDisagreementInput>
{
    public MoveDisagreementInputType()
    {
        Name = "MoveProfessionalDisagreementInput";
        Description = "Escalate to the next stage, or resolve (the note is then the resolution).";
        Field<NonNullGraphType<IdGraphType>>("disagreementId");
        Field(x => x.Note).Description("Why it was escalated, or how it was resolved.");
        Field(x => x.On, nullable: true).Description("Defaults to today.");
    }
}
