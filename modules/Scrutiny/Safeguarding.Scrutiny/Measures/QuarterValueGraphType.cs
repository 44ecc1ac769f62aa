using GraphQL.Types;

namespace Safeguarding.Scrutiny.Measures;

public sealed class QuarterValueGraphType : ObjectGraphType<QuarterValue>
{
    public QuarterValueGraphType()
    {
        Name = "ScorecardValue";
        Description = "A quarter's figure. Null with a note and a status when there is none: a gap or a quarter to come is never shown as zero.";
        Field(x => x.Quarter).Description("e.g. 2023/24 Q3.");
        Field(x => x.Value, nullable: true);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<QuarterStatusGraphType>>("status").Resolve(c => c.Source.Status);
    }
}
