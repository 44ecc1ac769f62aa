using GraphQL.Types;

namespace Safeguarding.Scrutiny.Report;

public sealed class PublishedFigureGraphType : ObjectGraphType<PublishedFigure>
{
    public PublishedFigureGraphType()
    {
        Name = "PublishedFigure";
        Description = "A figure the partnership published for a year, with its source.";
        Field(x => x.Year);
        Field(x => x.Section);
        Field(x => x.Measure);
        Field(x => x.Value);
        Field<NonNullGraphType<FigureUnitGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field(x => x.Source);
    }
}
