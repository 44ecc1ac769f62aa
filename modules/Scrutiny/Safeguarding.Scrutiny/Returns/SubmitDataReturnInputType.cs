using GraphQL.Types;

namespace Safeguarding.Scrutiny.Returns;

public sealed class SubmitDataReturnInputType : InputObjectGraphType<SubmitDataReturnInput>
{
    public SubmitDataReturnInputType()
    {
        Name = "SubmitDataReturnInput";
        Field(x => x.Measure).Description("A returned measure's code, e.g. REREFERRALS_12M.");
        Field(x => x.Quarter).Description("e.g. 2023/24 Q3.");
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The supplying agency.");
        Field(x => x.Value);
        Field(x => x.Note, nullable: true);
    }
}
