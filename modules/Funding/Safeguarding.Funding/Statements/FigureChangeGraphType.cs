using GraphQL.Types;

namespace Safeguarding.Funding.Statements;

public sealed class FigureChangeGraphType : ObjectGraphType<FigureChange>
{
    public FigureChangeGraphType()
    {
        Name = "FigureChange";
        Field(x => x.Measure);
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Change);
        Field(x => x.ChangePercent, nullable: true);
    }
}
