using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Csa.Persistence;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Governance.Persistence;
using Safeguarding.Governance.Reviews;
using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Workstream;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Scrutiny;

/// <summary>
/// The demo year (2023/24) read in every view: each scorecard measure against the answer of the module that owns the
/// records, the annual report against both, and what a quarter with no figure says. The comparison is made for every
/// measure the scorecard returns, so a measure added later without a comparison fails here.
/// </summary>
public sealed class DemoYearTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private static readonly FinancialYear DemoYear = new(2023);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string Card = """
        query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecard(fromQuarter: $f, toQuarter: $t) {
          quarters measures { code unit sourceStatus note values { quarter value note status suppressed } trend { direction change fromQuarter toQuarter } } } }
        """;

    private async Task<JsonArray> MeasuresAsync(FinancialQuarter from, FinancialQuarter to) =>
        (await _host.As("sam.scrutineer").SendAsync(Card, new { f = from.Label, t = to.Label })).AssertOk().Data!["scorecard"]!["measures"]!.AsArray();

    private static JsonNode Measure(JsonArray measures, string code) => measures.Single(m => m!["code"]!.GetValue<string>() == code)!;

    private static JsonNode Quarter(JsonArray measures, string code, FinancialQuarter q) =>
        Measure(measures, code)["values"]!.AsArray().Single(v => v!["quarter"]!.GetValue<string>() == q.Label)!;

    private static decimal? ValueOf(JsonNode cell) => cell["value"]?.GetValue<decimal>();

    private async Task<JsonNode> AskAsync(string query, object? variables = null, string user = "sam.scrutineer") =>
        (await _host.As(user).SendAsync(query, variables)).AssertOk().Data!;

    private Task<T> InAsync<TDb, T>(Func<TDb, Task<T>> read) where TDb : notnull => _host.ScopedAsync(sp => read(sp.GetRequiredService<TDb>()));

    private static bool In(FinancialQuarter q, DateTimeOffset instant) => q.Contains(DateOnly.FromDateTime(UkTime.ToUk(instant).DateTime));

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Each measure's figure for a quarter as the module that owns the records answers it: through its own GraphQL field
    /// where it has one for the quarter (asked as a member of its working group, who reads the figures exactly),
    /// otherwise counted from its own tables by the measure's definition. Null: nothing.
    /// </summary>
    private async Task<Dictionary<string, Func<FinancialQuarter, Task<decimal?>>>> OwnersAnswersAsync(FinancialYear year)
    {
        var dates = new { f = year.Starts.ToString("yyyy-MM-dd"), t = year.Ends.ToString("yyyy-MM-dd") };
        var share = (await AskAsync("query($f: DateOnly!, $t: DateOnly!) { neglectShareByQuarter(from: $f, to: $t) { quarterEnd neglectPlans allPlans sharePercent } }", dates, "nina.neglect"))
            ["neglectShareByQuarter"]!.AsArray().ToDictionary(q => DateOnly.Parse(q!["quarterEnd"]!.GetValue<string>(), Invariant), q => q!);
        var sexual = (await AskAsync("query($f: DateOnly!, $t: DateOnly!) { csaSexualAbusePlansByQuarter(from: $f, to: $t) { quarterEnd openAtEnd } }", dates, "carla.csa"))
            ["csaSexualAbusePlansByQuarter"]!.AsArray().ToDictionary(q => DateOnly.Parse(q!["quarterEnd"]!.GetValue<string>(), Invariant), q => q!["openAtEnd"]!.GetValue<int>());
        var hsb = (await AskAsync("query($f: DateOnly!, $t: DateOnly!) { csaHsbByQuarter(from: $f, to: $t) { quarterEnd green amber red } }", dates, "carla.csa"))
            ["csaHsbByQuarter"]!.AsArray().ToDictionary(q => DateOnly.Parse(q!["quarterEnd"]!.GetValue<string>(), Invariant),
                q => q!["green"]!.GetValue<int>() + q["amber"]!.GetValue<int>() + q["red"]!.GetValue<int>());
        var notices = (await AskAsync("{ childrenInNoticesByQuarter { year quarter children } }", null, "dana.domesticabuse"))["childrenInNoticesByQuarter"]!.AsArray()
            .ToDictionary(q => $"{q!["year"]!.GetValue<string>()} Q{q["quarter"]!.GetValue<int>()}", q => q!["children"]!.GetValue<int>());
        var audits = (await AskAsync("{ caseAudits(first: 500) { nodes { quarter completedOn } } }"))["caseAudits"]!["nodes"]!.AsArray();
        var returns = (await AskAsync("{ dataReturns(first: 500) { nodes { measure quarter value } } }", null, "alex.admin"))["dataReturns"]!["nodes"]!.AsArray();

        Task<decimal?> Plans(FinancialQuarter q, PlanCategory category) => InAsync<NeglectDbContext, decimal?>(async db =>
            await db.ChildProtectionPlans.Where(ChildProtectionPlan.OpenOn(q.Ends)).CountAsync(p => p.Category == category));
        async Task<decimal?> Interviews(FinancialQuarter q)
        {
            var f = (await AskAsync("query($f: DateOnly!, $t: DateOnly!) { returnHomeInterviewFigures(from: $f, to: $t) { offeredOnTime offeredLate overdue } }",
                new { f = q.Starts.ToString("yyyy-MM-dd"), t = q.Ends.ToString("yyyy-MM-dd") }, "adam.adolescents"))["returnHomeInterviewFigures"]!;
            var onTime = f["offeredOnTime"]!.GetValue<int>();
            return Percent(onTime, onTime + f["offeredLate"]!.GetValue<int>() + f["overdue"]!.GetValue<int>());
        }

        return new()
        {
            ["CP_PLANS_NEGLECT"] = q => Task.FromResult<decimal?>(share[q.Ends]["neglectPlans"]!.GetValue<int>()),
            ["CP_PLANS_SEXUAL"] = q => Task.FromResult<decimal?>(sexual.GetValueOrDefault(q.Ends)),
            ["CP_PLANS_PHYSICAL"] = q => Plans(q, PlanCategory.Physical),
            ["CP_PLANS_EMOTIONAL"] = q => Plans(q, PlanCategory.Emotional),
            ["CP_PLANS_MULTIPLE"] = q => Plans(q, PlanCategory.Multiple),
            ["CP_PLANS_NEGLECT_SHARE"] = q => Task.FromResult(share[q.Ends]["allPlans"]!.GetValue<int>() == 0 ? null : (decimal?)share[q.Ends]["sharePercent"]!.GetValue<decimal>()),
            ["REREFERRALS_12M"] = q => Task.FromResult(returns.Where(r => r!["measure"]!.GetValue<string>() == "REREFERRALS_12M" && r["quarter"]!.GetValue<string>() == q.Label)
                .Select(r => (decimal?)r!["value"]!.GetValue<decimal>()).Sum()),
            ["CHILDREN_IN_PPNS"] = q => Task.FromResult<decimal?>(notices.TryGetValue(q.Label, out var children) ? children : null),
            ["ENCOMPASS_ON_TIME"] = q => InAsync<DomesticAbuseDbContext, decimal?>(async db =>
            {
                var due = (await db.EncompassNotifications.Select(n => new { n.DeadlineAt, n.AcknowledgedAt, n.LateAnnouncedAt }).ToListAsync())
                    .Where(n => In(q, n.DeadlineAt) && (n.AcknowledgedAt != null || n.LateAnnouncedAt != null)).ToList();
                return Percent(due.Count(n => n.AcknowledgedAt < n.DeadlineAt), due.Count);
            }),
            ["MISSING_EPISODES"] = q => InAsync<AdolescentsDbContext, decimal?>(async db =>
                (await db.MissingEpisodes.Select(e => e.WentMissingAt).ToListAsync()).Count(at => In(q, at))),
            ["RETURN_INTERVIEWS_WITHIN_72H"] = Interviews,
            ["GCP2_ASSESSMENTS"] = q => InAsync<NeglectDbContext, decimal?>(async db =>
                await db.Assessments.CountAsync(a => a.CompletedOn != null && a.ObservedOn >= q.Starts && a.ObservedOn <= q.Ends)),
            ["RAPID_REVIEWS_IN_TIME"] = q => InAsync<GovernanceDbContext, decimal?>(async db =>
            {
                var due = await db.Reviews.Where(r => r.Kind == ReviewKind.RapidReview && r.DeadlineOn >= q.Starts && r.DeadlineOn <= q.Ends
                                                      && (r.DecidedOn != null || r.OverdueAnnouncedOn != null)).ToListAsync();
                return Percent(due.Count(r => r.DecidedOn <= r.DeadlineOn), due.Count);
            }),
            ["CASE_AUDITS"] = q => Task.FromResult<decimal?>(audits.Count(a => a!["quarter"]!.GetValue<string>() == q.Label && a["completedOn"] is not null)),
            ["TRAINING_ATTENDEES"] = q => InAsync<GovernanceDbContext, decimal?>(async db =>
                await db.SessionAttendances.Where(a => db.TrainingSessions.Any(s => s.Id == a.SessionId && s.HeldOn >= q.Starts && s.HeldOn <= q.Ends)).SumAsync(a => a.Attendees)),
            ["TRAINING_EVALUATION_AVERAGE"] = q => InAsync<GovernanceDbContext, decimal?>(async db =>
            {
                var scores = await db.EvaluationScores.Where(e => db.TrainingSessions.Any(s => s.Id == e.SessionId && s.HeldOn >= q.Starts && s.HeldOn <= q.Ends)).ToListAsync();
                var forms = scores.Sum(e => e.Forms);
                return forms == 0 ? null : Math.Round(scores.Sum(e => e.Average * e.Forms) / forms, 2, MidpointRounding.AwayFromZero);
            }),
            ["OVERDUE_ACTIONS"] = async q => (await AskAsync("query($d: DateOnly) { overdueActions(asOf: $d) { totalCount } }", new { d = q.Ends.ToString("yyyy-MM-dd") }))
                ["overdueActions"]!["totalCount"]!.GetValue<int>(),
            ["CSA_FLAGS"] = q => InAsync<CsaDbContext, decimal?>(async db => await db.Flags.CountAsync(f => f.FlaggedOn >= q.Starts && f.FlaggedOn <= q.Ends)),
            ["HSB_INCIDENTS"] = q => Task.FromResult<decimal?>(hsb.GetValueOrDefault(q.Ends)),
        };
    }

    /// <summary>
    /// A scorecard value agrees with the owner's answer when both give the same figure, or when the scorecard has none
    /// (no data, or nothing to measure) and the owner holds nothing for the quarter, or when the scorecard withholds the
    /// owner's figure as a small number. A zero standing where the owner holds figures, or a gap where it holds some, is a
    /// disagreement.
    /// </summary>
    private static void AssertAgrees(string code, FinancialQuarter q, JsonNode cell, decimal? owner)
    {
        var value = ValueOf(cell);
        var said = $"{code} {q.Label}: the scorecard says {value?.ToString(Invariant) ?? "nothing"} ({cell["status"]}: {cell["note"]}), the owning module {owner?.ToString(Invariant) ?? "nothing"}";
        if (cell["suppressed"]!.AsArray().Count > 0) Assert.True(value is null && owner is not null, said);
        else if (value is null) Assert.True(owner is null or 0m, said);
        else Assert.True(value == (owner ?? 0m) && (owner is not null || cell["status"]!.GetValue<string>() != "FIGURE" || value == 0m), said);
    }

    private async Task AssertEveryMeasureAgreesAsync(FinancialYear year)
    {
        var measures = await MeasuresAsync(year.Quarters[0], year.Quarters[^1]);
        var owners = await OwnersAnswersAsync(year);
        // Every measure the scorecard shows has its owner's answer here: a new measure cannot skip the comparison.
        Assert.Equal(measures.Select(m => m!["code"]!.GetValue<string>()).Order(), owners.Keys.Order());
        foreach (var code in owners.Keys)
        foreach (var q in year.Quarters)
            AssertAgrees(code, q, Quarter(measures, code, q), await owners[code](q));
    }

    [Fact]
    public async Task In_the_demo_year_every_scorecard_measure_agrees_with_the_module_that_holds_the_records()
    {
        await _host.AssertEventsDeliveredAsync();
        await AssertEveryMeasureAgreesAsync(DemoYear);

        // The figures the annual report published, now in the scorecard from Neglect's own plans: 253 of 500 at 31 March 2024.
        var measures = await MeasuresAsync(DemoYear.Quarters[0], DemoYear.Quarters[^1]);
        var q4 = DemoYear.Quarters[^1];
        Assert.Equal(50.6m, ValueOf(Quarter(measures, "CP_PLANS_NEGLECT_SHARE", q4)));
        Assert.Equal(253m, ValueOf(Quarter(measures, "CP_PLANS_NEGLECT", q4)));
        Assert.Equal(500m, MeasureCatalogueCategories.Sum(c => ValueOf(Quarter(measures, $"CP_PLANS_{c}", q4))));
        Assert.All(DemoYear.Quarters, q => Assert.Equal("FIGURE", Quarter(measures, "CP_PLANS_NEGLECT", q)["status"]!.GetValue<string>()));
        Assert.Equal(35.5m, ValueOf(Quarter(await MeasuresAsync(DemoYear.Previous.Quarters[^1], DemoYear.Previous.Quarters[^1]), "CP_PLANS_NEGLECT_SHARE", DemoYear.Previous.Quarters[^1])));

        // Children in notices: published for the year as a whole (10,366), so no quarter shows a figure, least of all 0.
        foreach (var q in DemoYear.Quarters)
        {
            var cell = Quarter(measures, "CHILDREN_IN_PPNS", q);
            Assert.Null(ValueOf(cell));
            Assert.Equal("NO_DATA", cell["status"]!.GetValue<string>());
            Assert.Contains("10,366", cell["note"]!.GetValue<string>());
        }
        Assert.Equal("UNKNOWN", Measure(measures, "CHILDREN_IN_PPNS")["trend"]!["direction"]!.GetValue<string>());
        // Training: the Building Support workshops (autumn 2023) as Governance holds them.
        Assert.Equal(473m, ValueOf(Quarter(measures, "TRAINING_ATTENDEES", DemoYear.Quarters[2])));
        Assert.Equal(4.32m, ValueOf(Quarter(measures, "TRAINING_EVALUATION_AVERAGE", DemoYear.Quarters[2])));
        // Before Governance's first session, no data rather than zero attendees.
        Assert.Equal("NO_DATA", Quarter(measures, "TRAINING_ATTENDEES", DemoYear.Quarters[0])["status"]!.GetValue<string>());
    }

    private static readonly string[] MeasureCatalogueCategories = ["NEGLECT", "PHYSICAL", "SEXUAL", "EMOTIONAL", "MULTIPLE"];

    [Fact]
    public async Task The_annual_report_prints_the_published_children_in_notices_once_and_no_quarterly_zeros_even_after_a_notice_is_recorded_today()
    {
        await _host.AssertEventsDeliveredAsync();
        // As the partnership's testers did: a notice recorded today, and a child protection plan, through the API.
        var dana = _host.As("dana.domesticabuse");
        var child = (await dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "DomesticAbuse", name = "Example Child", dateOfBirth = "2016-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await dana.SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome } }",
            new { i = new { policeReference = "PPN-DEMO-YEAR-1", incidentAt = DateTimeOffset.UtcNow.AddHours(-3).ToString("O"), locationArea = "Devonport", children = new[] { child },
                adults = new[] { new { role = "VICTIM", personReference = "P-1", name = "Example Adult", dateOfBirth = "1990-05-01" } } } })).AssertOk();
        var nina = _host.As("nina.neglect");
        var subject = (await nina.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2018-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
            new { i = new { subjectId = subject, category = "NEGLECT", startedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd") } })).AssertOk();
        await _host.AssertEventsDeliveredAsync();
        Assert.Equal("AVAILABLE", Measure(await MeasuresAsync(DemoYear.Quarters[0], DemoYear.Quarters[^1]), "CHILDREN_IN_PPNS")["sourceStatus"]!.GetValue<string>());
        await AssertEveryMeasureAgreesAsync(DemoYear);

        var html = (await AskAsync("{ annualReport(financialYear: \"2023-24\") { html } }"))["annualReport"]!["html"]!.GetValue<string>();
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("10,366", document.QuerySelector("[data-figure=\"Domestic abuse: Children in Police Public Protection Notices\"]")!.TextContent);
        var row = document.QuerySelectorAll("#partnership-data tr").Single(r => r.QuerySelector("td")?.TextContent == "Children in Public Protection Notices");
        var cells = row.QuerySelectorAll("td").Skip(1).ToList();
        Assert.Equal(5, cells.Count); // four quarters and the trend
        Assert.All(cells.Take(4), c =>
        {
            Assert.Null(c.GetAttribute("data-figure")); // no quarter of it is printed as a figure, 0 least of all
            Assert.Equal("NO_DATA", c.GetAttribute("data-status"));
            Assert.StartsWith("Published for 2023/24 as a whole only: 10,366", c.TextContent);
        });
        Assert.Equal("", cells[4].TextContent); // and no trend, steady or otherwise
        Assert.Equal("50.6%", document.QuerySelector("[data-figure=\"CP_PLANS_NEGLECT_SHARE 2023/24 Q4\"]")!.TextContent);
        Assert.Equal("253", document.QuerySelector("[data-figure=\"CP_PLANS_NEGLECT 2023/24 Q4\"]")!.TextContent);
        // Case audits: Governance has sent none, so no quarter says 0.
        Assert.All(document.QuerySelectorAll("#audits td[data-status]"), c => Assert.Equal("NO_DATA", c.GetAttribute("data-status")));
    }

    [Fact]
    public async Task Quarters_still_to_come_are_not_yet_the_current_one_is_so_far_and_the_trend_stops_at_the_last_ended_quarter()
    {
        await _host.AssertEventsDeliveredAsync();
        var today = DateOnly.FromDateTime(UkTime.ToUk(DateTimeOffset.UtcNow).DateTime);
        var current = FinancialQuarter.Of(today);
        var from = current.Plus(-4);
        var to = current.Plus(2); // two quarters that have not begun
        var measures = await MeasuresAsync(from, to);
        foreach (var m in measures)
        {
            var code = m!["code"]!.GetValue<string>();
            foreach (var later in new[] { current.Next, current.Plus(2) })
            {
                var cell = Quarter(measures, code, later);
                Assert.Null(ValueOf(cell));
                Assert.Equal("NOT_YET", cell["status"]!.GetValue<string>());
                Assert.StartsWith("Not yet", cell["note"]!.GetValue<string>());
            }
            var now = Quarter(measures, code, current)["status"]!.GetValue<string>();
            Assert.True(now is "IN_PROGRESS" or "NO_DATA" or "NOT_YET" or "NOTHING_TO_MEASURE", $"{code} {current.Label} is {now} while the quarter is under way.");
            if (m["trend"]!["toQuarter"]?.GetValue<string>() is { } last)
                Assert.True(FinancialQuarter.TryParse(last, out var l) && l < current, $"{code}'s trend runs to {last}, a quarter that has not ended.");
        }
        // The demo's plans are open today: the quarter under way shows them so far, outside the trend.
        var plans = Quarter(measures, "CP_PLANS_NEGLECT", current);
        Assert.Equal("IN_PROGRESS", plans["status"]!.GetValue<string>());
        Assert.NotNull(ValueOf(plans));
        Assert.StartsWith("So far", plans["note"]!.GetValue<string>());
        Assert.Equal(current.Previous.Label, Measure(measures, "CP_PLANS_NEGLECT")["trend"]!["toQuarter"]!.GetValue<string>());
        // The police are expected to return re-referrals: quarters not yet ended are not gaps.
        var gaps = (await AskAsync("query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecard(fromQuarter: $f, toQuarter: $t) { gaps { quarters } } }", new { f = from.Label, t = to.Label }))
            ["scorecard"]!["gaps"]!.AsArray().SelectMany(g => g!["quarters"]!.AsArray().Select(q => q!.GetValue<string>())).ToList();
        Assert.DoesNotContain(current.Label, gaps);
        Assert.DoesNotContain(current.Next.Label, gaps);
        Assert.Contains(current.Previous.Label, gaps);

        var csv = (await AskAsync("query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecardCsv(fromQuarter: $f, toQuarter: $t) }", new { f = from.Label, t = to.Label }))["scorecardCsv"]!.GetValue<string>();
        Assert.StartsWith("measure,name,unit,source,status,quarter,breakdown,value,note,value_status", csv);
        Assert.Contains($",{current.Next.Label},,,Not yet: the quarter begins on {current.Next.Starts.ToString("d MMMM yyyy", Invariant)}.,NOT_YET", csv);
    }

    [Fact]
    public async Task A_year_for_which_no_source_supplied_anything_says_no_data_everywhere_and_never_zero()
    {
        await _host.AssertEventsDeliveredAsync();
        var year = new FinancialYear(2015);
        var measures = await MeasuresAsync(year.Quarters[0], year.Quarters[^1]);
        foreach (var m in measures)
        foreach (var v in m!["values"]!.AsArray())
        {
            Assert.Null(ValueOf(v!));
            Assert.Equal("NO_DATA", v!["status"]!.GetValue<string>());
        }
        var html = (await AskAsync("{ annualReport(financialYear: \"2015/16\") { html } }"))["annualReport"]!["html"]!.GetValue<string>();
        Assert.Contains("No source supplied any figures for 2015/16 Q1 to 2015/16 Q4", html);
        Assert.DoesNotContain("data-figure", html);
        Assert.Contains("No measures were published or received for 2015/16.", html);
        Assert.Contains("No funding figures for 2015/16", html);
    }
}
