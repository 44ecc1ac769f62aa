using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CreateCaseAuditInputType : InputObjectGraphType<CreateCaseAuditInput>
{
    public CreateCaseAuditInputType()
    {
        Name = "CreateCaseAuditInput";
        Field(x => x.Topic);
        Field(x => x.Quarter).Description("Financial year and quarter, e.g. 2023/24 Q3.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("agencyPartnerIds").Description("The agencies taking part (at least two).");
        Field<IdGraphType>("repeatOfAuditId").Description("The earlier audit this one repeats, to check the actions made a difference.");
    }
}
