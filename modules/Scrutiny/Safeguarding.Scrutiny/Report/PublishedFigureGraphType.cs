namespace Safeguarding.Scrutiny.Report;

public sealed class PublishedFigureGraphType : RecordGraphType<PublishedFigureView>
{
    public PublishedFigureGraphType() : base("PublishedFigure", "A figure the partnership published for a year, with its source.")
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
    }
}
