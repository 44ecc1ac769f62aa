namespace Safeguarding.Scrutiny.Report;

public sealed class AnnualReportGraphType : RecordGraphType<AnnualReportView>
{
    public AnnualReportGraphType() : base("AnnualReport", "The data sections of the annual report for a financial year, as one printable HTML page.")
    {
        Describe(x => x.Html, "A complete HTML document with print styles; every recorded value is encoded.");
    }
}
