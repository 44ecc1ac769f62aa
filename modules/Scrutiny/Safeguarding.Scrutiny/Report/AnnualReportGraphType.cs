using GraphQL.Types;

namespace Safeguarding.Scrutiny.Report;

public sealed class AnnualReportGraphType : ObjectGraphType<AnnualReportView>
{
    public AnnualReportGraphType()
    {
        Name = "AnnualReport";
        Description = "The data sections of the annual report for a financial year, as one printable HTML page.";
        Field(x => x.FinancialYear);
        Field(x => x.GeneratedAt);
        Field(x => x.Html).Description("A complete HTML document with print styles; every recorded value is encoded.");
    }
}
