using GraphQL.Types;

namespace Safeguarding.Funding.Years;

public sealed class RecordContributionInputType : InputObjectGraphType<RecordContributionInput>
{
    public RecordContributionInputType()
    {
        Name = "RecordContributionInput";
        Field(x => x.Year).Description("e.g. \"2024/25\"");
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("A partner of the partnership (from Governance).");
        Field(x => x.Amount).Description("Pounds, with at most two decimal places.");
        Field(x => x.ReceivedOn, nullable: true);
    }
}
