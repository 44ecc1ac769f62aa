using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Scrutiny.Web;

/// <summary>The Scrutiny module's parts of the web interface, offered to the host through the module's entry point.</summary>
public static class ScrutinyWebAreas
{
    public static readonly WebArea Figures = new("Figures", "/figures",
        "The partnership's figures over time, as charts. No child can be identified in them.",
        null, Access.Scrutineer | Access.Administrator | Access.AnyPractitioner, 700);

    public static readonly WebArea Dashboard = new("Dashboard", "/dashboard",
        "The partnership's scorecard over quarters, with trends, gaps in agencies' data and the year's money. Counts only.",
        "Scrutiny", Access.Scrutineer | Access.Administrator | Access.AnyPractitioner, 710);

    public static readonly WebArea AnnualReport = new("Annual report", "/annual-report",
        "The annual report's figures for a financial year, generated from the records, ready to print.",
        "Scrutiny", Access.Scrutineer | Access.Administrator | Access.AnyPractitioner, 720);

    public static readonly IReadOnlyList<WebArea> All = [Figures, Dashboard, AnnualReport];
}
