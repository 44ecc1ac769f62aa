namespace Safeguarding.Scrutiny.Report;

public sealed class PublishedFigureGraphType : RecordGraphType<PublishedFigure>
{
    public PublishedFigureGraphType() : base("PublishedFigure", "A figure the partnership published for a year, with its source.", x => x.Id)
    {
        ShownAs<FigureUnitGraphType>(x => x.Unit);
    }
}
