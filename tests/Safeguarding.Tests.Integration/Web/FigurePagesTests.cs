using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Web;

/// <summary>
/// The dashboard and the figures page as the scrutineer sees them: quarters to come say "not yet", quarters without data
/// say "no data", the quarter under way is shown apart from the line, and no line is drawn through any of them.
/// </summary>
public sealed class FigurePagesTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private static readonly DateOnly Today = DateOnly.FromDateTime(UkTime.ToUk(DateTimeOffset.UtcNow).DateTime);

    private async Task<IDocument> PageAsync(string path)
    {
        var browser = await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "sam.scrutineer");
        return new HtmlParser().ParseDocument(await browser.GetStringAsync(path));
    }

    /// <summary>The points a chart's line passes through: one per M or L command of its path.</summary>
    private static int LinePoints(IElement chart) =>
        chart.QuerySelector("path.chart__line") is { } path ? Regex.Matches(path.GetAttribute("d")!, "[ML]").Count : 0;

    [Fact]
    public async Task The_dashboard_shows_quarters_to_come_as_not_yet_and_draws_the_line_only_through_ended_quarters_with_figures()
    {
        await _host.AssertEventsDeliveredAsync();
        var page = await PageAsync("/dashboard");
        var current = FinancialQuarter.Of(Today);
        var lastShown = FinancialYear.Of(Today).Quarters[^1];

        var plans = page.QuerySelector("#measure-cp-plans-neglect-heading")!.ParentElement!;
        var rows = plans.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("td")!.TextContent, r => r);
        Assert.Equal(lastShown.Label, rows.Keys.Last()); // the rest of the current financial year is shown
        foreach (var q in FinancialQuarter.Range(current.Next, lastShown))
        {
            Assert.Equal("NOT_YET", rows[q.Label].GetAttribute("data-status"));
            Assert.Equal("not yet", rows[q.Label].QuerySelectorAll("td")[1].TextContent);
        }
        Assert.Equal("IN_PROGRESS", rows[current.Label].GetAttribute("data-status"));
        Assert.EndsWith(" so far", rows[current.Label].QuerySelectorAll("td")[1].TextContent);

        var chart = plans.QuerySelector("svg.chart")!;
        Assert.Equal(rows.Values.Count(r => r.GetAttribute("data-status") == "FIGURE"), LinePoints(chart));
        Assert.Single(chart.QuerySelectorAll("circle.chart__point--so-far"));
        Assert.Equal(FinancialQuarter.Range(current.Next, lastShown).Count, chart.QuerySelectorAll("text.chart__gap").Count(t => t.TextContent == "not yet"));

        // A measure whose source has sent nothing for these quarters draws no line at all and says so.
        var notices = page.QuerySelector("#measure-children-in-ppns-heading")!.ParentElement!;
        Assert.Null(notices.QuerySelector("path.chart__line"));
        Assert.NotNull(notices.QuerySelector(".no-data"));
        // Every measure: the line passes only through ended quarters with a figure shown.
        foreach (var section in page.QuerySelectorAll("section.measure"))
        {
            var figures = section.QuerySelectorAll("tbody tr").Count(r => r.GetAttribute("data-status") == "FIGURE" && r.GetAttribute("data-suppressed") != "true");
            if (section.QuerySelector("svg.chart") is { } svg) Assert.Equal(figures, LinePoints(svg));
        }
    }

    [Fact]
    public async Task The_dashboard_marks_a_withheld_small_number_c_and_breaks_the_line_there()
    {
        // The council returns 3 re-referrals for the last quarter that has ended: the quarter's total is a small number.
        var quarter = FinancialQuarter.Of(Today).Previous;
        var admin = _host.As("alex.admin");
        var council = (await admin.SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "Plymouth City Council")!["id"]!.GetValue<string>();
        await PartnershipHost.EventuallyAsync("the council's return to be accepted once Scrutiny knows the partners",
            async () => (await admin.SendAsync("mutation($i: SubmitDataReturnInput!) { submitDataReturn(input: $i) { id } }",
                new { i = new { measure = "REREFERRALS_12M", quarter = quarter.Label, partnerId = council, value = 3 } })).Errors is null, ok => ok);

        var page = await PageAsync("/dashboard");
        var returns = page.QuerySelector("#measure-rereferrals-12m-heading")!.ParentElement!;
        var row = returns.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == quarter.Label);
        Assert.Equal("true", row.GetAttribute("data-suppressed"));
        Assert.Equal("FIGURE", row.GetAttribute("data-status"));
        Assert.Equal("c", row.QuerySelectorAll("td")[1].TextContent);
        Assert.DoesNotContain("3", row.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains(returns.QuerySelectorAll("text.chart__gap"), t => t.TextContent == "c");
        Assert.Contains("fewer than 5", page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent);
    }

    [Fact]
    public async Task The_figures_page_shows_quarters_that_have_not_ended_as_not_yet_never_as_a_share_of_zero()
    {
        await _host.AssertEventsDeliveredAsync();
        var page = await PageAsync("/figures");
        var rows = page.QuerySelectorAll("#neglect-share-heading ~ table tbody tr").ToList();
        var toCome = FinancialQuarter.Range(FinancialQuarter.Of(Today), FinancialYear.Of(Today).Quarters[^1]).Where(q => q.Ends > Today).ToList();
        var notYet = rows.Where(r => r.GetAttribute("data-status") == "NOT_YET").ToList();
        Assert.Equal(toCome.Select(q => q.Ends.ToString("d MMM yyyy", CultureInfo.CurrentCulture)), notYet.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.All(notYet, r => Assert.Contains("not yet", r.TextContent));
        var chart = page.QuerySelector("svg#neglect-share")!;
        Assert.Equal(rows.Count(r => r.GetAttribute("data-status") == "FIGURE"), LinePoints(chart));
        Assert.Equal(toCome.Count, chart.QuerySelectorAll("text.chart__gap").Count(t => t.TextContent == "not yet"));
        // The demo data's year end, as the annual report published it.
        Assert.Contains(rows, r => r.QuerySelector("td")!.TextContent == new DateOnly(2024, 3, 31).ToString("d MMM yyyy", CultureInfo.CurrentCulture)
                                   && r.QuerySelectorAll("td")[3].TextContent == "50.6%");
    }
}
