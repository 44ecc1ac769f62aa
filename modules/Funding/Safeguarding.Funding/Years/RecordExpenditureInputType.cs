using GraphQL.Types;

namespace Safeguarding.Funding.Years;

public sealed class RecordExpenditureInputType : InputObjectGraphType<RecordExpenditureInput>
{
    public RecordExpenditureInputType()
    {
        Name = "RecordExpenditureInput";
        Field(x => x.Year);
        Field(x => x.Category).Description("e.g. \"Training\".");
        Field(x => x.Amount);
        Field(x => x.Description, nullable: true);
    }
}
