using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Scrutiny;

public sealed class ReportAndRecommendationTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Recommendations = "query($y: FinancialYear) { scrutinyRecommendations(year: $y) { nodes { id theme kind text finding owner response status closedOn history { fromStatus toStatus changedBy note } } } }";
    private const string Report = "query($y: FinancialYear!) { annualReport(financialYear: $y) { financialYear html } }";

    private async Task<JsonArray> RecommendationsAsync(string user = "sam.scrutineer") =>
        (await _host.As(user).SendAsync(Recommendations, new { y = "2023-24" })).AssertOk().Data!["scrutinyRecommendations"]!["nodes"]!.AsArray();

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<ScrutinyDbContext>();
        var rows = await db.Recommendations.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Status + "|" + r.Owner + "|" + r.Response + "|" + r.ClosureEvidence).ToListAsync();
        return string.Join(",", rows) + await db.RecommendationChanges.CountAsync() + "/" + await db.Outbox.CountAsync();
    });

    [Fact]
    public async Task The_scrutineers_2023_24_judgement_is_seeded_under_its_seven_themes_in_the_scrutineers_words()
    {
        var rows = await RecommendationsAsync("nina.neglect");
        Assert.Equal(["LEADERSHIP", "RELEVANT_AGENCIES", "PARTICIPATION", "LEARNING", "PRIORITIES", "EARLY_HELP", "QUALITY_ASSURANCE"],
            rows.Select(r => r!["theme"]!.GetValue<string>()));
        var qa = rows.Single(r => r!["theme"]!.GetValue<string>() == "QUALITY_ASSURANCE")!;
        Assert.Equal("I recommend pressure continues to be placed on the leadership of the Devon and Cornwall Police to address this issue.", qa["text"]!.GetValue<string>());
        Assert.Equal("RECOMMENDATION", qa["kind"]!.GetValue<string>());
        Assert.All(rows, r => Assert.Equal("OPEN", r!["status"]!.GetValue<string>()));

        // However the year is written, it is the same year; a year nobody could mean is refused, not answered with none.
        foreach (var spelling in new[] { "2023/24", "2023/2024", "2023-2024" })
            Assert.Equal(7, (await _host.As("nina.neglect").SendAsync(Recommendations, new { y = spelling })).AssertOk().Data!["scrutinyRecommendations"]!["nodes"]!.AsArray().Count);
        var refused = (await _host.As("nina.neglect").SendAsync(Recommendations, new { y = "2023-2025" })).AssertError("INVALID_VALUE");
        Assert.Contains("is not a financial year", refused.FirstMessage);
    }

    [Fact]
    public async Task A_recommendation_is_owned_answered_and_closed_by_the_scrutineer_with_every_change_audited()
    {
        var id = (await RecommendationsAsync()).Single(r => r!["theme"]!.GetValue<string>() == "QUALITY_ASSURANCE")!["id"]!.GetValue<string>();
        var alex = _host.As("alex.admin");
        var sam = _host.As("sam.scrutineer");
        Task Rejected(string user, string mutation, object variables, string code, string? field = null) =>
            _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, field);
        const string Owner = "mutation($id: ID!, $o: String!, $d: DateOnly) { assignRecommendationOwner(id: $id, owner: $o, dueOn: $d) { owner } }";
        const string Respond = "mutation($id: ID!, $r: String!) { respondToRecommendation(id: $id, response: $r) { status } }";
        const string Close = "mutation($id: ID!, $e: String!) { closeRecommendation(id: $id, evidence: $e) { status closedOn } }";
        const string Reopen = "mutation($id: ID!, $r: String!) { reopenRecommendation(id: $id, reason: $r) { status } }";

        await Rejected("alex.admin", Respond, new { id, r = "Escalated to the chief constable." }, "CONFLICT"); // no owner yet
        await Rejected("alex.admin", Owner, new { id, o = "", d = (string?)null }, "VALIDATION", "owner");
        await Rejected("alex.admin", Owner, new { id, o = "PSCP Executive", d = "2020-01-01" }, "VALIDATION", "dueOn");
        await Rejected("alex.admin", Owner, new { id = Guid.NewGuid(), o = "PSCP Executive", d = (string?)null }, "NOT_FOUND");
        await Rejected("nina.neglect", Owner, new { id, o = "PSCP Executive", d = (string?)null }, "FORBIDDEN");
        await Rejected("sam.scrutineer", Close, new { id, e = "Police data restored." }, "CONFLICT"); // no response yet
        (await alex.SendAsync(Owner, new { id, o = "PSCP Executive", d = (string?)null })).AssertOk();
        Assert.Equal("IN_PROGRESS", (await alex.SendAsync(Respond, new { id, r = "Raised with the police's lead safeguarding partner." })).AssertOk().Data!["respondToRecommendation"]!["status"]!.GetValue<string>());
        await Rejected("alex.admin", Close, new { id, e = "Police data restored." }, "FORBIDDEN"); // closure is the scrutineer's
        await Rejected("sam.scrutineer", Close, new { id, e = " " }, "VALIDATION", "evidence");
        await Rejected("sam.scrutineer", Reopen, new { id, r = "Not closed yet" }, "CONFLICT");
        Assert.Equal("CLOSED", (await sam.SendAsync(Close, new { id, e = "Police data shared again from 2024/25." })).AssertOk().Data!["closeRecommendation"]!["status"]!.GetValue<string>());
        await Rejected("alex.admin", Respond, new { id, r = "Another response." }, "CONFLICT"); // closed

        var row = (await RecommendationsAsync()).Single(r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(["OPEN>IN_PROGRESS:alex.admin", "IN_PROGRESS>CLOSED:sam.scrutineer"],
            row["history"]!.AsArray().Select(h => $"{h!["fromStatus"]}>{h["toStatus"]}:{h["changedBy"]}"));
        var audit = (await alex.SendAsync("{ auditLog(action: \"recommendation.status\") { nodes { actor module detail } } }")).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(2, audit.Count);
        Assert.Contains("InProgress -> Closed", audit[0]!["detail"]!.GetValue<string>());

        var added = (await sam.SendAsync("mutation($i: AddScrutinyRecommendationInput!) { addScrutinyRecommendation(input: $i) { status year } }",
            new { i = new { year = "2024-25", theme = "LEADERSHIP", kind = "RECOMMENDATION", text = "Appoint permanent DSPs." } })).AssertOk().Data!["addScrutinyRecommendation"]!;
        Assert.Equal("2024/25", added["year"]!.GetValue<string>());
        (await alex.SendAsync("mutation($i: AddScrutinyRecommendationInput!) { addScrutinyRecommendation(input: $i) { id } }",
            new { i = new { year = "2024/25", theme = "LEADERSHIP", kind = "RECOMMENDATION", text = "x" } })).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task The_2023_24_report_shows_the_funding_statement_and_the_seeded_measures_with_recorded_text_encoded()
    {
        // Text that would be markup if it were not encoded.
        (await _host.As("sam.scrutineer").SendAsync("mutation($i: AddScrutinyRecommendationInput!) { addScrutinyRecommendation(input: $i) { id } }",
            new { i = new { year = "2023/24", theme = "LEARNING", kind = "AREA_TO_MONITOR", text = "<script>alert('x')</script> & <b>bold</b>" } })).AssertOk();

        var html = await PartnershipHost.EventuallyAsync("the 2023-24 report to show the closing reserves (the report's HTML)",
            async () => (await _host.As("sam.scrutineer").SendAsync(Report, new { y = "2023-24" })).AssertOk().Data!["annualReport"]!["html"]!.GetValue<string>(),
            html => html.Contains("data-figure=\"reserves-closing\""));

        var document = new HtmlParser().ParseDocument(html);
        string Figure(string name) => document.QuerySelector($"[data-figure=\"{name}\"]")?.TextContent ?? throw new Xunit.Sdk.XunitException($"No figure {name}");
        Assert.Equal("£242,579.00", Figure("income-total"));
        Assert.Equal("£225,931.00", Figure("expenditure-total"));
        Assert.Equal("£124,711.00", Figure("reserves-closing"));
        Assert.Equal("£108,063.00", Figure("reserves-opening"));
        Assert.Equal("£115,500.00", Figure("income: Plymouth City Council"));
        Assert.Equal("£47,300.00", Figure("income: Working Together grant"));
        Assert.Equal("£178,665.00", Figure("expenditure: Business unit staffing"));
        Assert.Equal("£1,500.00", Figure("expenditure: Young Safeguarders"));
        var incomeLines = document.QuerySelectorAll("[data-figure^=\"income: \"]").Select(e => decimal.Parse(e.TextContent.TrimStart('£'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(8, incomeLines.Count);
        Assert.Equal(242_579m, incomeLines.Sum());
        Assert.DoesNotContain("do not reconcile", html);

        Assert.Equal("50.6%", Figure("Neglect: Child protection plans in the category of neglect (share of all plans, early in the year that follows)"));
        Assert.Equal("10,366", Figure("Domestic abuse: Children in Police Public Protection Notices"));
        Assert.Equal("19", Figure("Child sexual abuse: Cases of child sexual abuse safeguarded at University Hospitals Plymouth"));
        Assert.Equal("473", Figure("Workforce development: Staff who attended the Building Support workshops"));
        Assert.Equal("4.41", Figure("Workforce development: How useful will this learning be for the work that you do (average, out of 5)"));
        // The annual report published these as 1 and 2: reviews of harm to one child each, so small numbers, withheld.
        foreach (var withheld in new[] { "Learning reviews: Rapid reviews completed within the 15-day time frame", "Learning reviews: Learning from experience reviews" })
        {
            Assert.Null(document.QuerySelector($"[data-figure=\"{withheld}\"]"));
            Assert.Equal("c", document.QuerySelector($"[data-suppressed=\"{withheld}\"]")!.TextContent);
        }
        Assert.Equal("0", Figure("Learning reviews: Local Child Safeguarding Practice Reviews required")); // none is not a small number
        Assert.Equal("1", Figure("Quality assurance: Multi-agency case audits each quarter (the independent scrutineer: one in each quarter)")); // audits, not people
        Assert.Contains("No data from Devon and Cornwall Police since 2022-11", document.QuerySelector("#partnership-data")!.TextContent);

        Assert.Contains("@media print", html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("#independent-scrutiny b"));
        Assert.Contains("<script>alert('x')</script> & <b>bold</b>", document.QuerySelector("#independent-scrutiny")!.TextContent);

        (await _host.As("sam.scrutineer").SendAsync(Report, new { y = "2023" })).AssertError("INVALID_VALUE");
        var empty = (await _host.As("sam.scrutineer").SendAsync(Report, new { y = "2019/20" })).AssertOk().Data!["annualReport"]!["html"]!.GetValue<string>();
        Assert.Contains("No funding figures for 2019/20 have been received", empty);
    }
}
