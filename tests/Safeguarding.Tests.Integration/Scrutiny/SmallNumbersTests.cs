using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Scrutiny;

/// <summary>
/// Small numbers on the scorecard, its CSV, the annual report and the agencies' returns: counts of 1 to 4 children are
/// withheld (null, named in suppressed, "c" in the CSV and the report), so is whatever would give one away (the next
/// smallest cell of a breakdown, a share), a zero is shown, and the rule is the configuration's. The data are 2018/19
/// plans and 2019/20 returns, quarters the demo data leaves empty, so every figure is known.
/// </summary>
public sealed class SmallNumbersTests : IDisposable
{
    private PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Explanation = "c: withheld so that nobody can be identified: a count of 1 to 4 people, or a figure from which one could be worked out.";
    private const string Q1 = "2018/19 Q1";
    private const string ReturnsQuarter = "2019/20 Q1";

    private const string Card = """
        query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecard(fromQuarter: $f, toQuarter: $t) {
          measures { code values { quarter value note status suppressed } breakdown { label values { quarter value status suppressed } } trend { direction } } } }
        """;

    private async Task<JsonArray> MeasuresAsync(string from, string to, string user = "sam.scrutineer") =>
        (await _host.As(user).SendAsync(Card, new { f = from, t = to })).AssertOk().Data!["scorecard"]!["measures"]!.AsArray();

    private static JsonNode Cell(JsonArray measures, string code, string quarter) =>
        measures.Single(m => m!["code"]!.GetValue<string>() == code)!["values"]!.AsArray().Single(v => v!["quarter"]!.GetValue<string>() == quarter)!;

    private static JsonNode BreakdownCell(JsonArray measures, string code, string label, string quarter) =>
        measures.Single(m => m!["code"]!.GetValue<string>() == code)!["breakdown"]!.AsArray().Single(b => b!["label"]!.GetValue<string>() == label)!
            ["values"]!.AsArray().Single(v => v!["quarter"]!.GetValue<string>() == quarter)!;

    private static void AssertWithheld(JsonNode cell)
    {
        Assert.Null(cell["value"]);
        Assert.Equal(["value"], cell["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("FIGURE", cell["status"]!.GetValue<string>()); // a figure the quarter has, withheld: not a gap
    }

    private static void AssertShown(decimal expected, JsonNode cell)
    {
        Assert.Equal(expected, cell["value"]!.GetValue<decimal>());
        Assert.Empty(cell["suppressed"]!.AsArray());
    }

    /// <summary>Child protection plans open at the end of 2018/19 Q1: five of neglect, five physical, two for sexual abuse.</summary>
    private async Task RecordPlansAsync()
    {
        var nina = _host.As("nina.neglect");
        foreach (var (category, count) in new[] { ("NEGLECT", 5), ("PHYSICAL", 5), ("SEXUAL", 2) })
            for (var i = 0; i < count; i++)
            {
                var child = (await nina.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                    new { i = new { module = "Neglect", name = $"Example {category} Child {i}", dateOfBirth = "2014-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
                (await nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
                    new { i = new { subjectId = child, category, startedOn = "2018-05-01" } })).AssertOk();
            }
    }

    /// <summary>Re-referrals returned for 2019/20 Q1: the council 3, the NSPCC 20, the police 40.</summary>
    private async Task ReturnReReferralsAsync()
    {
        var partners = (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());
        await PartnershipHost.EventuallyAsync("the partners to reach Scrutiny (a return for an agency it does not know is refused)",
            async () => (await _host.As("alex.admin").SendAsync("mutation($i: SubmitDataReturnInput!) { submitDataReturn(input: $i) { id } }",
                new { i = new { measure = "REREFERRALS_12M", quarter = ReturnsQuarter, partnerId = partners["Devon and Cornwall Police"], value = 40 } })).Errors is null,
            ok => ok);
        foreach (var (agency, value) in new[] { ("Plymouth City Council", 3), ("NSPCC", 20) })
            (await _host.As("alex.admin").SendAsync("mutation($i: SubmitDataReturnInput!) { submitDataReturn(input: $i) { value suppressed } }",
                new { i = new { measure = "REREFERRALS_12M", quarter = ReturnsQuarter, partnerId = partners[agency], value } })).AssertOk();
    }

    private Task PlansArrivedAsync() => PartnershipHost.EventuallyAsync("the twelve 2018/19 plans on the scorecard (CP_PLANS_PHYSICAL 2018/19 Q1 is 5)",
        async () => Cell(await MeasuresAsync(Q1, Q1), "CP_PLANS_PHYSICAL", Q1)["value"]?.GetValue<decimal>(), v => v == 5m);

    [Fact]
    public async Task The_scorecard_its_CSV_and_the_returns_withhold_counts_of_1_to_4_children_and_what_would_give_them_away()
    {
        await RecordPlansAsync();
        await ReturnReReferralsAsync();
        await PlansArrivedAsync();
        await _host.AssertEventsDeliveredAsync();

        var card = await MeasuresAsync(Q1, "2018/19 Q2");
        // Two plans for sexual abuse: withheld. With all plans known from neglect's share, the next smallest category
        // would give them away: neglect's five (entered before physical's five), so neglect's go, all plans and the share with them.
        AssertWithheld(Cell(card, "CP_PLANS_SEXUAL", Q1));
        AssertWithheld(Cell(card, "CP_PLANS_NEGLECT", Q1));
        AssertWithheld(Cell(card, "CP_PLANS_NEGLECT_SHARE", Q1));
        AssertShown(5, Cell(card, "CP_PLANS_PHYSICAL", Q1));
        AssertShown(0, Cell(card, "CP_PLANS_EMOTIONAL", Q1)); // none is not a small number
        Assert.Equal(Explanation, Cell(card, "CP_PLANS_SEXUAL", Q1)["note"]!.GetValue<string>());
        // The same plans stay open through Q2: withheld there too, and no trend runs through a withheld figure.
        AssertWithheld(Cell(card, "CP_PLANS_SEXUAL", "2018/19 Q2"));
        Assert.Equal("UNKNOWN", card.Single(m => m!["code"]!.GetValue<string>() == "CP_PLANS_SEXUAL")!["trend"]!["direction"]!.GetValue<string>());
        Assert.Equal("STEADY", card.Single(m => m!["code"]!.GetValue<string>() == "CP_PLANS_PHYSICAL")!["trend"]!["direction"]!.GetValue<string>());

        // The scorecard is a publication: a member of the Neglect working group reads it withheld too.
        AssertWithheld(Cell(await MeasuresAsync(Q1, Q1, "nina.neglect"), "CP_PLANS_SEXUAL", Q1));

        // Returns: the council's 3 is withheld, and the NSPCC's 20 with it, or the total of 63 less the police's 40 would say 3.
        var returns = await MeasuresAsync(ReturnsQuarter, ReturnsQuarter);
        AssertShown(63, Cell(returns, "REREFERRALS_12M", ReturnsQuarter));
        AssertWithheld(BreakdownCell(returns, "REREFERRALS_12M", "Plymouth City Council", ReturnsQuarter));
        AssertWithheld(BreakdownCell(returns, "REREFERRALS_12M", "NSPCC", ReturnsQuarter));
        AssertShown(40, BreakdownCell(returns, "REREFERRALS_12M", "Devon and Cornwall Police", ReturnsQuarter));

        // The returns themselves: the scrutineer reads them as the scorecard shows them, administrators as they were made.
        const string Returns = "{ dataReturns(measure: \"REREFERRALS_12M\", first: 100) { nodes { agency quarter value suppressed } } }";
        var read = (await _host.As("sam.scrutineer").SendAsync(Returns)).AssertOk().Data!["dataReturns"]!["nodes"]!.AsArray()
            .Where(r => r!["quarter"]!.GetValue<string>() == ReturnsQuarter).ToDictionary(r => r!["agency"]!.GetValue<string>(), r => r!["value"]?.GetValue<decimal>());
        Assert.Equal(new Dictionary<string, decimal?> { ["Devon and Cornwall Police"] = 40, ["NSPCC"] = null, ["Plymouth City Council"] = null }, read);
        var made = (await _host.As("alex.admin").SendAsync(Returns)).AssertOk().Data!["dataReturns"]!["nodes"]!.AsArray()
            .Where(r => r!["quarter"]!.GetValue<string>() == ReturnsQuarter).Select(r => r!["value"]!.GetValue<decimal>()).Order();
        Assert.Equal([3m, 20m, 40m], made);

        // The CSV: "c" where the figure would be, the rule in the note, never a number a spreadsheet could add up.
        var csv = (await _host.As("sam.scrutineer").SendAsync("query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecardCsv(fromQuarter: $f, toQuarter: $t) }",
            new { f = Q1, t = ReturnsQuarter })).AssertOk().Data!["scorecardCsv"]!.GetValue<string>();
        var rows = csv.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string Row(string code, string quarter, string breakdown) =>
            rows.Single(r => r.StartsWith(code + ",", StringComparison.Ordinal) && r.Contains($",{quarter},{breakdown},", StringComparison.Ordinal));
        const string Withheld = ",c,\"" + Explanation + "\",FIGURE";
        Assert.EndsWith(Withheld, Row("CP_PLANS_SEXUAL", Q1, ""));
        Assert.EndsWith(Withheld, Row("CP_PLANS_NEGLECT_SHARE", Q1, ""));
        Assert.EndsWith(Withheld, Row("REREFERRALS_12M", ReturnsQuarter, "Plymouth City Council"));
        Assert.EndsWith(Withheld, Row("REREFERRALS_12M", ReturnsQuarter, "NSPCC"));
        // A figure shown is a number in the value column (the eighth; returns are stored to two places, so 63 may read 63.00).
        decimal Value(string row) => decimal.Parse(row.Split(',')[7], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(5m, Value(Row("CP_PLANS_PHYSICAL", Q1, "")));
        Assert.Equal(63m, Value(Row("REREFERRALS_12M", ReturnsQuarter, "")));
        Assert.Equal(40m, Value(Row("REREFERRALS_12M", ReturnsQuarter, "Devon and Cornwall Police")));
        Assert.DoesNotContain(rows, r => r.StartsWith("CP_PLANS_SEXUAL,", StringComparison.Ordinal) && r.Contains($",{Q1},,2,", StringComparison.Ordinal));

        // Neglect's own figures for the same quarter withhold the same plans: nothing to put beside the scorecard.
        const string Share = "query($f: DateOnly!, $t: DateOnly!) { neglectShareByQuarter(from: $f, to: $t) { neglectPlans allPlans sharePercent suppressed } }";
        var dates = new { f = "2018-06-30", t = "2018-06-30" };
        var scrutineerShare = (await _host.As("sam.scrutineer").SendAsync(Share, dates)).AssertOk().Data!["neglectShareByQuarter"]![0]!;
        Assert.Equal(["neglectPlans", "allPlans", "sharePercent"], scrutineerShare["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Null(scrutineerShare["allPlans"]);
        var groupShare = (await _host.As("nina.neglect").SendAsync(Share, dates)).AssertOk().Data!["neglectShareByQuarter"]![0]!;
        Assert.Equal((5, 12, 41.7m), (groupShare["neglectPlans"]!.GetValue<int>(), groupShare["allPlans"]!.GetValue<int>(), groupShare["sharePercent"]!.GetValue<decimal>()));
        Assert.Empty(groupShare["suppressed"]!.AsArray());
    }

    [Fact]
    public async Task The_annual_report_prints_c_for_a_withheld_figure_with_the_rule_beneath_and_no_figure_behind_it()
    {
        await RecordPlansAsync();
        await PlansArrivedAsync();

        var html = (await _host.As("sam.scrutineer").SendAsync("{ annualReport(financialYear: \"2018/19\") { html } }")).AssertOk().Data!["annualReport"]!["html"]!.GetValue<string>();
        var document = new HtmlParser().ParseDocument(html);
        var data = document.QuerySelector("#partnership-data")!;
        foreach (var code in new[] { "CP_PLANS_SEXUAL", "CP_PLANS_NEGLECT", "CP_PLANS_NEGLECT_SHARE" })
        {
            Assert.Null(data.QuerySelector($"[data-figure=\"{code} {Q1}\"]"));
            var cell = data.QuerySelector($"[data-suppressed=\"{code} {Q1}\"]")!;
            Assert.Equal("c", cell.TextContent);
            Assert.Equal("FIGURE", cell.GetAttribute("data-status"));
        }
        Assert.Equal("5", data.QuerySelector($"[data-figure=\"CP_PLANS_PHYSICAL {Q1}\"]")!.TextContent);
        Assert.Equal("0", data.QuerySelector($"[data-figure=\"CP_PLANS_EMOTIONAL {Q1}\"]")!.TextContent);
        Assert.Contains(Explanation, data.QuerySelector("p.legend")!.TextContent);
        Assert.Contains("Small numbers: counts of people fewer than 5 are not shown", document.Body!.TextContent);
        // Nowhere in the printed page does the 2 appear as a figure.
        Assert.DoesNotContain(document.QuerySelectorAll("td[data-figure]"), c => c.GetAttribute("data-figure")!.StartsWith("CP_PLANS_SEXUAL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_threshold_and_whether_zero_is_shown_come_from_configuration()
    {
        await RecordPlansAsync();
        await PlansArrivedAsync();
        AssertShown(5, Cell(await MeasuresAsync(Q1, Q1), "CP_PLANS_PHYSICAL", Q1));

        // The same records under a stricter rule: fewer than 6 withheld, and zeros with them.
        _host = _host.Restart(new Dictionary<string, string?> { ["Disclosure:Threshold"] = "6", ["Disclosure:ShowZero"] = "false" });
        var card = await MeasuresAsync(Q1, Q1);
        foreach (var category in new[] { "NEGLECT", "PHYSICAL", "SEXUAL", "EMOTIONAL", "MULTIPLE" })
            AssertWithheld(Cell(card, $"CP_PLANS_{category}", Q1));
        var rule = (await _host.As("sam.scrutineer").SendAsync("{ smallNumberRule { threshold zeroShown marker smallWords explanation } }")).AssertOk().Data!["smallNumberRule"]!;
        Assert.Equal((6, false, "c", "from 0 to 5"), (rule["threshold"]!.GetValue<int>(), rule["zeroShown"]!.GetValue<bool>(), rule["marker"]!.GetValue<string>(), rule["smallWords"]!.GetValue<string>()));
        Assert.Equal("c: withheld so that nobody can be identified: a count of 0 to 5 people, or a figure from which one could be worked out.", rule["explanation"]!.GetValue<string>());
    }
}
