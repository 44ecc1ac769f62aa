using GraphQL.Types;

namespace Safeguarding.Csa.Hsb;

public sealed class CsaHsbQuarterGraphType : ObjectGraphType<HsbQuarter>
{
    public CsaHsbQuarterGraphType()
    {
        Name = "CsaHsbQuarter";
        Description = "Harmful sexual behaviour incidents that occurred in a quarter, by grade.";
        Field(x => x.QuarterEnd);
        Field(x => x.Green);
        Field(x => x.Amber);
        Field(x => x.Red);
    }
}
