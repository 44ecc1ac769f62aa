using GraphQL.Types;

namespace Safeguarding.Funding.Years;

public sealed class RecordGrantInputType : InputObjectGraphType<RecordGrantInput>
{
    public RecordGrantInputType()
    {
        Name = "RecordGrantInput";
        Field(x => x.Year);
        Field(x => x.Source).Description("The grant's name, e.g. \"Working Together grant\".");
        Field(x => x.Amount);
    }
}
