using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.ReadModel;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Scrutiny;

public sealed class ScorecardTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Card = """
        query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecard(fromQuarter: $f, toQuarter: $t) {
          quarters
          measures { code source sourceStatus note breakdownBy values { quarter value note status } breakdown { label values { quarter value note status } } trend { direction change fromQuarter toQuarter } }
          gaps { measure agency since message quarters } } }
        """;
    private const string Csv = "query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecardCsv(fromQuarter: $f, toQuarter: $t) }";
    private const string Replay = "mutation($m: String!) { replayEvents(module: $m) { module events deliveries readModelCleared } }";
    private const string Return = "mutation($i: SubmitDataReturnInput!) { submitDataReturn(input: $i) { id agency value } }";
    private const string Expect = "mutation($i: ExpectDataSupplierInput!) { expectDataSupplier(input: $i) { id agency } }";

    /// <summary>Scrutiny knows the partners once Governance's seeded PartnerRegistered events have reached it.</summary>
    private Task PartnersKnownAsync() => PartnershipHost.EventuallyAsync("Devon and Cornwall Police to reach Scrutiny as a partner (partner facts)", () => _host.ScopedAsync(sp =>
        sp.GetRequiredService<ScrutinyDbContext>().Facts.CountAsync(f => f.Kind == "Partner" && f.Category == "Devon and Cornwall Police")), n => n > 0);

    private async Task<string> PartnerAsync(string name) =>
        (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

    private async Task<JsonNode> CardAsync(string from, string to, string user = "sam.scrutineer") =>
        (await _host.As(user).SendAsync(Card, new { f = from, t = to })).AssertOk().Data!["scorecard"]!;

    private static JsonNode Measure(JsonNode card, string code) => card["measures"]!.AsArray().Single(m => m!["code"]!.GetValue<string>() == code)!;

    private static decimal? Value(JsonNode card, string code, string quarter) =>
        Measure(card, code)["values"]!.AsArray().Single(v => v!["quarter"]!.GetValue<string>() == quarter)!["value"]?.GetValue<decimal>();

    private async Task<string> CsvAsync(string from, string to) =>
        (await _host.As("sam.scrutineer").SendAsync(Csv, new { f = from, t = to })).AssertOk().Data!["scorecardCsv"]!.GetValue<string>();

    /// <summary>Child protection plans (Neglect), a case audit and a training session (Governance), in 2024/25.</summary>
    private async Task RecordActivityAsync()
    {
        var nina = _host.As("nina.neglect");
        async Task<string> PlanAsync(string category, string startedOn)
        {
            var subject = (await nina.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2018-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
            return (await nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
                new { i = new { subjectId = subject, category, startedOn } })).AssertOk().Data!["recordChildProtectionPlan"]!["id"]!.GetValue<string>();
        }
        await PlanAsync("NEGLECT", "2024-05-10");
        await PlanAsync("NEGLECT", "2024-07-01");
        var physical = await PlanAsync("PHYSICAL", "2024-05-12");
        (await nina.SendAsync("mutation($id: ID!, $on: DateOnly!) { endChildProtectionPlan(planId: $id, endedOn: $on) { id } }", new { id = physical, on = "2024-08-01" })).AssertOk();

        var gina = _host.As("gina.governance");
        var council = await PartnerAsync("Plymouth City Council");
        var nspcc = await PartnerAsync("NSPCC");
        var audit = (await gina.SendAsync("mutation($i: CreateCaseAuditInput!) { createCaseAudit(input: $i) { id } }",
            new { i = new { topic = "Neglect", quarter = "2024/25 Q1", agencyPartnerIds = new[] { council, nspcc } } })).AssertOk().Data!["createCaseAudit"]!["id"]!.GetValue<string>();
        foreach (var agency in new[] { council, nspcc })
            (await gina.SendAsync("mutation($i: GradeCaseAuditAgencyInput!) { gradeCaseAuditAgency(input: $i) { id } }",
                new { i = new { auditId = audit, partnerId = agency, grade = "GOOD", finding = "Plans reviewed on time." } })).AssertOk();
        (await gina.SendAsync("mutation($id: ID!, $on: DateOnly) { completeCaseAudit(auditId: $id, completedOn: $on) { id } }", new { id = audit, on = "2024-06-28" })).AssertOk();
        var session = (await gina.SendAsync("mutation($i: AddTrainingSessionInput!) { addTrainingSession(input: $i) { id } }",
            new { i = new { course = "Graded Care Profile 2", heldOn = "2024-06-10", attendance = new[] { new { partnerId = nspcc, attendees = 12 }, new { partnerId = council, attendees = 3 } } } }))
            .AssertOk().Data!["addTrainingSession"]!["id"]!.GetValue<string>();
        foreach (var score in new[] { 4, 5 })
            (await gina.SendAsync("mutation($i: RecordTrainingEvaluationInput!) { recordTrainingEvaluation(input: $i) }",
                new { i = new { sessionId = session, answers = new[] { new { question = "Quality", score } } } })).AssertOk();
    }

    private static readonly string ThisQuarter = FinancialQuarter.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2))).Label;

    /// <summary>A notice naming two children (Domestic Abuse) and a missing episode (Adolescents), two days ago.</summary>
    private async Task RecordRecentIntelligenceAsync()
    {
        var dana = _host.As("dana.domesticabuse");
        var children = new List<string>();
        foreach (var i in new[] { 1, 2 })
            children.Add((await dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                new { i = new { module = "DomesticAbuse", name = $"Example Child {i}", dateOfBirth = "2016-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>());
        var at = DateTimeOffset.UtcNow.AddDays(-2).ToString("O");
        (await dana.SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome } }",
            new { i = new { policeReference = "PPN-SCORECARD-1", incidentAt = at, locationArea = "Devonport", children,
                adults = new[] { new { role = "VICTIM", personReference = "P-1", name = "Example Adult", dateOfBirth = "1990-05-01" } } } })).AssertOk();
        var adam = _host.As("adam.adolescents");
        var young = (await adam.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Adolescents", name = "Example Young Person", dateOfBirth = "2009-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await adam.SendAsync("mutation($i: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $i) { id } }",
            new { i = new { subjectId = young, wentMissingAt = at } })).AssertOk();
    }

    /// <summary>The figures before the test records anything: the demo data's events delivered (its plans and episodes among them).</summary>
    private async Task<JsonNode> BaselineAsync(string from, string to)
    {
        await _host.AssertEventsDeliveredAsync();
        return await CardAsync(from, to);
    }

    /// <summary>The notices and missing episodes Scrutiny has learned of (two children in a notice are a small number the scorecard withholds, so they are counted here).</summary>
    private Task<(int Notices, int Episodes)> IntelligenceFactsAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<ScrutinyDbContext>();
        return (await db.Facts.CountAsync(f => f.Kind == FactKinds.ProtectionNotice), await db.Facts.CountAsync(f => f.Kind == FactKinds.MissingEpisode));
    });

    private Task IntelligenceArrivedAsync((int Notices, int Episodes) baseline) => PartnershipHost.EventuallyAsync(
        "the notice and the missing episode in Scrutiny's read model (ProtectionNotice and MissingEpisode facts, one more of each)",
        IntelligenceFactsAsync, seen => seen == (baseline.Notices + 1, baseline.Episodes + 1));

    private Task ArrivedAsync(JsonNode baseline) => PartnershipHost.EventuallyAsync(
        "the recorded activity on the 2024/25 scorecard (CP_PLANS_PHYSICAL Q2 added, TRAINING_EVALUATION_AVERAGE Q1, CASE_AUDITS Q1, CP_PLANS_NEGLECT Q2 added)", async () =>
    {
        var card = await CardAsync("2024/25 Q1", "2024/25 Q2");
        return (Added(card, baseline, "CP_PLANS_PHYSICAL", "2024/25 Q2"), Value(card, "TRAINING_EVALUATION_AVERAGE", "2024/25 Q1"),
            Value(card, "CASE_AUDITS", "2024/25 Q1"), Added(card, baseline, "CP_PLANS_NEGLECT", "2024/25 Q2"));
    }, seen => seen == (0m, 4.5m, 1m, 2m));

    /// <summary>How much a figure grew from the baseline.</summary>
    private static decimal? Added(JsonNode card, JsonNode baseline, string code, string quarter) => Value(card, code, quarter) - Value(baseline, code, quarter);

    [Fact]
    public async Task Events_from_Neglect_and_Governance_make_the_scorecard_and_silent_modules_show_no_data()
    {
        var baseline = await BaselineAsync("2024/25 Q1", "2024/25 Q3");
        await RecordActivityAsync();
        await ArrivedAsync(baseline);
        var card = await CardAsync("2024/25 Q1", "2024/25 Q2");
        Assert.Equal(["2024/25 Q1", "2024/25 Q2"], card["quarters"]!.AsArray().Select(q => q!.GetValue<string>()));
        Assert.Equal(1, Added(card, baseline, "CP_PLANS_NEGLECT", "2024/25 Q1"));
        Assert.Equal(1, Added(card, baseline, "CP_PLANS_PHYSICAL", "2024/25 Q1"));
        Assert.Equal(0, Added(card, baseline, "CP_PLANS_PHYSICAL", "2024/25 Q2"));
        Assert.Equal(2, Added(card, baseline, "CP_PLANS_NEGLECT", "2024/25 Q2"));
        Assert.Equal(0, Added(card, baseline, "CP_PLANS_SEXUAL", "2024/25 Q1"));
        // The share follows every open plan's category, the demo data's plans with the ones just recorded.
        decimal Open(JsonNode c, string q) => new[] { "NEGLECT", "PHYSICAL", "SEXUAL", "EMOTIONAL", "MULTIPLE" }.Sum(k => Value(c, $"CP_PLANS_{k}", q) ?? 0);
        foreach (var q in new[] { "2024/25 Q1", "2024/25 Q2" })
            Assert.Equal(Math.Round(100m * Value(card, "CP_PLANS_NEGLECT", q)!.Value / Open(card, q), 1, MidpointRounding.AwayFromZero), Value(card, "CP_PLANS_NEGLECT_SHARE", q));
        Assert.Equal(0, Value(card, "CASE_AUDITS", "2024/25 Q2")); // Governance has sent an audit: a quarter without any is a true zero
        Assert.Equal(15, Value(card, "TRAINING_ATTENDEES", "2024/25 Q1"));
        var byAgency = Measure(card, "TRAINING_ATTENDEES")["breakdown"]!.AsArray()
            .ToDictionary(b => b!["label"]!.GetValue<string>(), b => b!["values"]![0]!["value"]!.GetValue<decimal>());
        Assert.Equal(12, byAgency["NSPCC"]);
        Assert.Equal(3, byAgency["Plymouth City Council"]);
        var share = Measure(card, "CP_PLANS_NEGLECT_SHARE")["trend"]!;
        Assert.Equal(Value(card, "CP_PLANS_NEGLECT_SHARE", "2024/25 Q2") - Value(card, "CP_PLANS_NEGLECT_SHARE", "2024/25 Q1"), share["change"]!.GetValue<decimal>());

        // A range that starts after the plans began still counts the plans open in it, and a later quarter counts the
        // plans never ended: the scorecard reads only the facts that bear on the quarters asked for.
        var later = await CardAsync("2024/25 Q2", "2024/25 Q3");
        Assert.Equal(2, Added(later, baseline, "CP_PLANS_NEGLECT", "2024/25 Q2"));
        Assert.Equal(0, Added(later, baseline, "CP_PLANS_PHYSICAL", "2024/25 Q2"));
        Assert.Equal(2, Added(later, baseline, "CP_PLANS_NEGLECT", "2024/25 Q3"));
        Assert.Equal("AVAILABLE", Measure(later, "TRAINING_EVALUATION_AVERAGE")["sourceStatus"]!.GetValue<string>()); // received, just not in this range
        Assert.Null(Value(later, "TRAINING_EVALUATION_AVERAGE", "2024/25 Q2"));
        Assert.Equal(1, Value(await CardAsync("2024/25 Q1", "2024/25 Q1"), "CASE_AUDITS", "2024/25 Q1"));

        // Modules that are installed but have sent nothing for these quarters: no data, never zero. Adolescents has sent
        // the demo data's recent episodes, which begin after these quarters; the others have sent nothing at all.
        foreach (var code in new[] { "MISSING_EPISODES", "CHILDREN_IN_PPNS", "CSA_FLAGS" })
        {
            var m = Measure(card, code);
            Assert.Equal(code == "MISSING_EPISODES" ? "AVAILABLE" : "NO_DATA", m["sourceStatus"]!.GetValue<string>());
            Assert.All(m["values"]!.AsArray(), v => { Assert.Null(v!["value"]); Assert.Equal("NO_DATA", v["status"]!.GetValue<string>()); });
        }
        Assert.StartsWith("No data: the Adolescents module's figures begin in", Measure(card, "MISSING_EPISODES")["values"]![0]!["note"]!.GetValue<string>());
        // A module that is here but has sent nothing for a measure: no data.
        Assert.Equal("NO_DATA", Measure(card, "RAPID_REVIEWS_IN_TIME")["sourceStatus"]!.GetValue<string>());
        Assert.Null(Value(card, "GCP2_ASSESSMENTS", "2024/25 Q1"));

        // The police's gap, seeded from the annual report.
        var gap = card["gaps"]!.AsArray().Single()!;
        Assert.Equal("No data from Devon and Cornwall Police since 2022-11", gap["message"]!.GetValue<string>());
        Assert.Equal("REREFERRALS_12M", gap["measure"]!.GetValue<string>());
        var police = Measure(card, "REREFERRALS_12M")["breakdown"]!.AsArray().Single(b => b!["label"]!.GetValue<string>() == "Devon and Cornwall Police")!;
        Assert.All(police["values"]!.AsArray(), v => { Assert.Null(v!["value"]); Assert.Equal("no data from Devon and Cornwall Police since 2022-11", v["note"]!.GetValue<string>()); });

        // Switching Neglect off turns its measures into "switched off", not zeros.
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        var off = await CardAsync("2024/25 Q1", "2024/25 Q1");
        Assert.Equal("MODULE_OFF", Measure(off, "CP_PLANS_NEGLECT")["sourceStatus"]!.GetValue<string>());
        Assert.Null(Value(off, "CP_PLANS_NEGLECT", "2024/25 Q1"));
    }

    [Fact]
    public async Task Replaying_the_event_history_rebuilds_identical_figures_even_for_events_published_before_Scrutiny_had_them()
    {
        var baseline = await BaselineAsync("2024/25 Q1", "2024/25 Q2");
        var recent = await IntelligenceFactsAsync();
        await RecordActivityAsync();
        await RecordRecentIntelligenceAsync();
        await ArrivedAsync(baseline);
        await IntelligenceArrivedAsync(recent); // figures from four modules: Neglect, Governance, Domestic Abuse, Adolescents
        var before = await CsvAsync("2023/24 Q1", ThisQuarter);
        Assert.Contains("CHILDREN_IN_PPNS", before);
        Assert.Contains("CP_PLANS_NEGLECT_SHARE", before);

        var replay = (await _host.As("alex.admin").SendAsync(Replay, new { m = "Scrutiny" })).AssertOk().Data!["replayEvents"]!;
        Assert.True(replay["readModelCleared"]!.GetValue<bool>());
        Assert.True(replay["events"]!.GetValue<int>() >= 20); // partners, plans, audit, training, the seeded funding year
        Assert.Equal(before, await CsvAsync("2023/24 Q1", ThisQuarter));

        // As if Scrutiny had been deployed after all of it: no facts, no inbox. The kept history rebuilds the same figures.
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<ScrutinyDbContext>();
            await db.Facts.ExecuteDeleteAsync();
            return await db.Inbox.ExecuteDeleteAsync();
        });
        Assert.Equal("NO_DATA", Measure(await CardAsync("2024/25 Q1", "2024/25 Q1"), "CP_PLANS_NEGLECT")["sourceStatus"]!.GetValue<string>());
        (await _host.As("alex.admin").SendAsync(Replay, new { m = "Scrutiny" })).AssertOk();
        Assert.Equal(before, await CsvAsync("2023/24 Q1", ThisQuarter));

        // Each (message, handler) is in the inbox once, processed; the bus has nothing left to apply a second time.
        var (rows, pairs, pending) = await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<ScrutinyDbContext>();
            return (await db.Inbox.CountAsync(), await db.Inbox.Select(i => new { i.MessageId, i.Handler }).Distinct().CountAsync(), await db.Inbox.CountAsync(i => i.ProcessedAt == null));
        });
        Assert.Equal(rows, pairs);
        Assert.Equal(0, pending);
        await Task.Delay(300); // a few bus rounds
        Assert.Equal(before, await CsvAsync("2023/24 Q1", ThisQuarter));

        var audit = (await _host.As("alex.admin").SendAsync("{ auditLog(action: \"events.replayed\") { nodes { actor module detail } } }")).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("Scrutiny", a!["module"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Replay_is_for_administrators_and_refuses_unknown_switched_off_or_handlerless_modules()
    {
        (await _host.As("sam.scrutineer").SendAsync(Replay, new { m = "Scrutiny" })).AssertError("FORBIDDEN");
        (await _host.As("alex.admin").SendAsync(Replay, new { m = "Nothing" })).AssertError("NOT_FOUND");
        (await _host.As("alex.admin").SendAsync(Replay, new { m = "Governance" })).AssertError("CONFLICT");
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Scrutiny\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        (await _host.As("alex.admin").SendAsync(Replay, new { m = "Scrutiny" })).AssertError("MODULE_DISABLED");
        (await _host.As("sam.scrutineer").SendAsync(Card, new { f = "2024/25 Q1", t = "2024/25 Q1" })).AssertError("MODULE_DISABLED");
    }

    [Fact]
    public async Task Agencies_returns_fill_the_returned_measure_with_a_trend_and_gaps_end_when_the_police_return()
    {
        var council = await PartnerAsync("Plymouth City Council");
        var police = await PartnerAsync("Devon and Cornwall Police");
        await PartnersKnownAsync();
        var alex = _host.As("alex.admin");
        (await alex.SendAsync(Return, new { i = new { measure = "REREFERRALS_12M", quarter = "2023/24 Q1", partnerId = council, value = 40 } })).AssertOk();
        (await alex.SendAsync(Return, new { i = new { measure = "REREFERRALS_12M", quarter = "2023/24 Q2", partnerId = council, value = 30 } })).AssertOk();
        var corrected = (await alex.SendAsync(Return, new { i = new { measure = "REREFERRALS_12M", quarter = "2023/24 Q2", partnerId = council, value = 35, note = "Corrected" } })).AssertOk();
        Assert.Equal("Plymouth City Council", corrected.Data!["submitDataReturn"]!["agency"]!.GetValue<string>());

        var card = await CardAsync("2023/24 Q1", "2023/24 Q3");
        Assert.Equal(40, Value(card, "REREFERRALS_12M", "2023/24 Q1"));
        Assert.Equal(35, Value(card, "REREFERRALS_12M", "2023/24 Q2"));
        Assert.Null(Value(card, "REREFERRALS_12M", "2023/24 Q3"));
        var trend = Measure(card, "REREFERRALS_12M")["trend"]!;
        Assert.Equal("DOWN", trend["direction"]!.GetValue<string>());
        Assert.Equal(-5, trend["change"]!.GetValue<decimal>());
        Assert.Equal(["2023/24 Q1", "2023/24 Q2", "2023/24 Q3"], card["gaps"]![0]!["quarters"]!.AsArray().Select(q => q!.GetValue<string>()));

        // The police return for 2023/24 Q2: the gap from then on is dated from the month after.
        (await alex.SendAsync(Return, new { i = new { measure = "REREFERRALS_12M", quarter = "2023/24 Q2", partnerId = police, value = 5 } })).AssertOk();
        card = await CardAsync("2023/24 Q1", "2023/24 Q3");
        var gap = card["gaps"]!.AsArray().Single()!;
        Assert.Equal("No data from Devon and Cornwall Police since 2023-10", gap["message"]!.GetValue<string>());
        Assert.Equal(["2023/24 Q1", "2023/24 Q3"], gap["quarters"]!.AsArray().Select(q => q!.GetValue<string>()));
        Assert.Equal(40, Value(card, "REREFERRALS_12M", "2023/24 Q2"));

        var csv = await CsvAsync("2023/24 Q1", "2023/24 Q3");
        Assert.StartsWith("measure,name,unit,source,status,quarter,breakdown,value,note", csv);
        Assert.Contains("REREFERRALS_12M,Re-referrals within 12 months,COUNT,Agency returns,RETURNS,2023/24 Q3,Devon and Cornwall Police,,no data from Devon and Cornwall Police since 2023-10", csv);
    }

    private Task<string> ReturnsFingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<ScrutinyDbContext>();
        var returns = await db.DataReturns.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Quarter + r.Agency + r.Value).ToListAsync();
        return string.Join(",", returns) + "|" + await db.DataSuppliers.CountAsync();
    });

    [Fact]
    public async Task A_refused_return_or_supplier_writes_nothing()
    {
        var council = await PartnerAsync("Plymouth City Council");
        var police = await PartnerAsync("Devon and Cornwall Police");
        await PartnersKnownAsync();
        Task Rejected(string mutation, object i, string code, string? field = null, string user = "alex.admin") =>
            _host.AssertRejectedAsync(ReturnsFingerprintAsync, user, mutation, new { i }, code, field);
        await Rejected(Return, new { measure = "CP_PLANS_NEGLECT", quarter = "2023/24 Q1", partnerId = council, value = 1 }, "VALIDATION", "measure");
        await Rejected(Return, new { measure = "REREFERRALS_12M", quarter = "2023/24 Q5", partnerId = council, value = 1 }, "INVALID_VALUE");
        await Rejected(Return, new { measure = "REREFERRALS_12M", quarter = "2099/00 Q1", partnerId = council, value = 1 }, "VALIDATION", "quarter");
        await Rejected(Return, new { measure = "REREFERRALS_12M", quarter = "2023/24 Q1", partnerId = council, value = -1 }, "VALIDATION", "value");
        await Rejected(Return, new { measure = "REREFERRALS_12M", quarter = "2023/24 Q1", partnerId = Guid.NewGuid(), value = 1 }, "NOT_FOUND");
        await Rejected(Return, new { measure = "REREFERRALS_12M", quarter = "2023/24 Q1", partnerId = council, value = 1 }, "FORBIDDEN", user: "sam.scrutineer");
        await Rejected(Expect, new { measure = "REREFERRALS_12M", partnerId = police, expectedFrom = "2023/24 Q1" }, "CONFLICT");
        await Rejected(Expect, new { measure = "REREFERRALS_12M", partnerId = council, expectedFrom = "2023/24 Q1", noDataSince = "November" }, "VALIDATION", "noDataSince");
        (await _host.As("alex.admin").SendAsync(Expect, new { i = new { measure = "REREFERRALS_12M", partnerId = council, expectedFrom = "2024/25 Q1" } })).AssertOk();
        (await _host.As("sam.scrutineer").SendAsync(Card, new { f = "2024/25 Q1", t = "2023/24 Q1" })).AssertError("VALIDATION");
        (await _host.As("sam.scrutineer").SendAsync(Card, new { f = "2014/15 Q1", t = "2024/25 Q4" })).AssertError("VALIDATION");
    }

    [Fact]
    public async Task The_scorecard_is_open_to_the_scrutineer_administrators_and_practitioners_and_carries_no_identity()
    {
        foreach (var user in new[] { "sam.scrutineer", "alex.admin", "dana.domesticabuse", "pat.practitioner" })
            (await _host.As(user).SendAsync(Card, new { f = "2023/24 Q1", t = "2023/24 Q4" })).AssertOk();
        (await _host.As("sam.scrutineer").SendAsync("{ dataSuppliers { agency noDataSince } }")).AssertOk();
        (await _host.As("nina.neglect").SendAsync("{ dataReturns { nodes { agency } } }")).AssertError("FORBIDDEN");
    }
}
