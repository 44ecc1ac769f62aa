using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Neglect.Contracts;
using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Templates;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.Neglect;

public sealed class NeglectTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Nina => _host.As("nina.neglect");

    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
    private const string Start = "mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id status version } }";
    private const string Record = "mutation($i: RecordNeglectAssessmentInput!) { recordNeglectAssessment(input: $i) { id areas { code grade } } }";
    private const string Complete = "mutation($id: ID!) { completeNeglectAssessment(assessmentId: $id) { id status completedOn worstAreaGrade areasOfConcern areas { code grade } } }";
    private const string Correct = "mutation($id: ID!, $r: String!) { correctNeglectAssessment(assessmentId: $id, reason: $r) { id version correctsAssessmentId status grades { subAreaCode grade } } }";
    private const string Change = """
        query($s: ID!) { neglectChangeOverTime(subjectId: $s) {
          assessments { id observedOn }
          changes { fromAssessmentId toAssessmentId areas { areaCode fromGrade toGrade direction } }
          familyPlan { areaCode action owner reviewOn } } }
        """;
    private const string Share = "query($f: DateOnly!, $t: DateOnly!) { neglectShareByQuarter(from: $f, to: $t) { quarterEnd neglectPlans allPlans sharePercent } }";

    private static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    private static IEnumerable<string> AllSubAreas() => Gcp2Structure.Areas.SelectMany(a => a.SubAreas.Select(s => s.Code));

    /// <summary>Every sub-area graded: each area's sub-areas take the area's grade, unless overridden.</summary>
    private static object[] Grades(IDictionary<string, int> byArea, IDictionary<string, int>? bySubArea = null) =>
        Gcp2Structure.Areas.SelectMany(a => a.SubAreas.Select(s => (object)new
        {
            subAreaCode = s.Code,
            grade = bySubArea != null && bySubArea.TryGetValue(s.Code, out var g) ? g : byArea[a.Code],
            flag = "NONE",
        })).ToArray();

    private async Task<string> RegisterChildAsync(string user = "nina.neglect")
    {
        var r = (await _host.As(user).SendAsync(Register, new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2019-05-04" } })).AssertOk();
        return r.Data!["registerSubject"]!["id"]!.GetValue<string>();
    }

    private async Task<string> StartAsync(string subject, string observedOn, string user = "nina.neglect")
    {
        var r = (await _host.As(user).SendAsync(Start, new { i = new { subjectId = subject, templateVersion = 1, observedOn } })).AssertOk();
        return r.Data!["startNeglectAssessment"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> CompletedAsync(string subject, string observedOn, object[] grades, string user = "nina.neglect")
    {
        var id = await StartAsync(subject, observedOn, user);
        (await _host.As(user).SendAsync(Record, new { i = new { assessmentId = id, grades } })).AssertOk();
        return (await _host.As(user).SendAsync(Complete, new { id })).AssertOk().Data!["completeNeglectAssessment"]!;
    }

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<NeglectDbContext>();
        var statuses = await db.Assessments.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Status).ToListAsync();
        var grades = await db.Grades.AsNoTracking().OrderBy(g => g.Id).Select(g => g.SubAreaCode + "=" + g.Grade + g.Note).ToListAsync();
        return string.Join("|", string.Join(",", statuses), string.Join(",", grades), await db.Templates.CountAsync(), await db.TemplateSubAreas.CountAsync(),
            await db.FamilyPlanActions.CountAsync(), await db.ChildProtectionPlans.CountAsync(), await db.ChildProtectionPlans.CountAsync(p => p.EndedOn != null),
            await db.DentalExtractions.CountAsync(), await db.Training.SumAsync(t => t.Attendees), await db.Outbox.CountAsync());
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string user = "nina.neglect", string? field = null) =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, field);

    [Fact]
    public async Task Two_assessments_six_weeks_apart_show_the_direction_per_area_and_the_event_reaches_a_subscriber()
    {
        var subject = await RegisterChildAsync();
        var first = await CompletedAsync(subject, Today(-50), Grades(
            new Dictionary<string, int> { ["PC"] = 4, ["SA"] = 3, ["LC"] = 2, ["SE"] = 3 },
            new Dictionary<string, int> { ["PC.NUT"] = 5, ["SA.PRE"] = 2 })); // PC: 4,4,4,4,5 -> 4; SA: 2,3 -> 3 (worse of the two)
        Assert.Equal("COMPLETED", first["status"]!.GetValue<string>());
        Assert.Equal(4, first["worstAreaGrade"]!.GetValue<int>());
        Assert.Equal(1, first["areasOfConcern"]!.GetValue<int>());
        var firstAreas = first["areas"]!.AsArray().ToDictionary(a => a!["code"]!.GetValue<string>(), a => a!["grade"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["PC"] = 4, ["SA"] = 3, ["LC"] = 2, ["SE"] = 3 }, firstAreas);

        var second = await CompletedAsync(subject, Today(-8), Grades(new Dictionary<string, int> { ["PC"] = 2, ["SA"] = 3, ["LC"] = 4, ["SE"] = 3 }));
        var firstId = first["id"]!.GetValue<string>();
        var secondId = second["id"]!.GetValue<string>();

        var plan = (await Nina.SendAsync("mutation($i: AddFamilyPlanActionInput!) { addFamilyPlanAction(input: $i) { areaCode owner } }",
            new { i = new { assessmentId = secondId, areaCode = "LC", action = "Weekly parenting support sessions", owner = "Family support worker", reviewOn = Today(28) } })).AssertOk();
        Assert.Equal("LC", plan.Data!["addFamilyPlanAction"]!["areaCode"]!.GetValue<string>());
        await AssertRejectedAsync("mutation($i: AddFamilyPlanActionInput!) { addFamilyPlanAction(input: $i) { id } }",
            new { i = new { assessmentId = secondId, areaCode = "PC", action = "Not needed", owner = "Carer", reviewOn = Today(28) } }, "VALIDATION", field: "areaCode");

        var change = (await Nina.SendAsync(Change, new { s = subject })).AssertOk().Data!["neglectChangeOverTime"]!;
        Assert.Equal([firstId, secondId], change["assessments"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToArray());
        var step = change["changes"]!.AsArray().Single()!;
        Assert.Equal(firstId, step["fromAssessmentId"]!.GetValue<string>());
        var directions = step["areas"]!.AsArray().ToDictionary(a => a!["areaCode"]!.GetValue<string>(), a => a!["direction"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["PC"] = "IMPROVED", ["SA"] = "SAME", ["LC"] = "WORSE", ["SE"] = "SAME" }, directions);
        Assert.Single(change["familyPlan"]!.AsArray());

        await PartnershipHost.EventuallyAsync("both AssessmentCompleted events to reach the subscriber (deliveries)", () => _host.ScopedAsync(sp =>
            sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync(r => r.Kind == nameof(AssessmentCompleted))), n => n == 2);
        var ids = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.Where(r => r.Kind == nameof(AssessmentCompleted)).Select(r => r.ActionId).ToListAsync());
        Assert.Equal(new[] { Guid.Parse(firstId), Guid.Parse(secondId) }.OrderBy(g => g), ids.OrderBy(g => g));

        // The practitioner in both the Neglect and CSA groups sees the neglect part of the child's view.
        var view = (await _host.As("pat.practitioner").SendAsync("query($id: ID!) { subject(id: $id) { id neglect { id status areas { code grade } } } }", new { id = subject })).AssertOk();
        Assert.Equal(2, view.Data!["subject"]!["neglect"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_completed_assessment_cannot_be_edited_and_a_correction_is_a_new_version()
    {
        var subject = await RegisterChildAsync();
        var done = await CompletedAsync(subject, Today(-10), Grades(new Dictionary<string, int> { ["PC"] = 3, ["SA"] = 3, ["LC"] = 3, ["SE"] = 3 }));
        var id = done["id"]!.GetValue<string>();

        await AssertRejectedAsync(Record, new { i = new { assessmentId = id, grades = new[] { new { subAreaCode = "PC.NUT", grade = 1 } } } }, "CONFLICT");
        await AssertRejectedAsync(Complete, new { id }, "CONFLICT");

        var correction = (await Nina.SendAsync(Correct, new { id, r = "Nutrition was mis-graded" })).AssertOk().Data!["correctNeglectAssessment"]!;
        Assert.Equal(2, correction["version"]!.GetValue<int>());
        Assert.Equal(id, correction["correctsAssessmentId"]!.GetValue<string>());
        Assert.Equal("DRAFT", correction["status"]!.GetValue<string>());
        Assert.Equal(AllSubAreas().Count(), correction["grades"]!.AsArray().Count);
        await AssertRejectedAsync(Correct, new { id, r = "Again" }, "CONFLICT"); // one correction per assessment

        var correctionId = correction["id"]!.GetValue<string>();
        (await Nina.SendAsync(Record, new { i = new { assessmentId = correctionId, grades = new[] { new { subAreaCode = "PC.NUT", grade = 5 } } } })).AssertOk();
        (await Nina.SendAsync(Complete, new { id = correctionId })).AssertOk();

        var change = (await Nina.SendAsync(Change, new { s = subject })).AssertOk().Data!["neglectChangeOverTime"]!;
        Assert.Equal([correctionId], change["assessments"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToArray());
        var all = (await Nina.SendAsync("query($s: ID!) { neglectAssessments(subjectId: $s) { nodes { id version correctedByAssessmentId } } }", new { s = subject })).AssertOk();
        Assert.Equal(2, all.Data!["neglectAssessments"]!["nodes"]!.AsArray().Count);

        (await Nina.SendAsync("mutation($id: ID!) { shareNeglectAssessmentWithFamily(assessmentId: $id) { status } }", new { id = correctionId })).AssertOk();
        await AssertRejectedAsync("mutation($id: ID!) { shareNeglectAssessmentWithFamily(assessmentId: $id) { status } }", new { id = correctionId }, "CONFLICT");
        await AssertRejectedAsync(Record, new { i = new { assessmentId = correctionId, grades = new[] { new { subAreaCode = "PC.NUT", grade = 2 } } } }, "CONFLICT");
    }

    [Fact]
    public async Task Bad_input_is_rejected_with_codes_and_nothing_is_written()
    {
        var subject = await RegisterChildAsync();
        var id = await StartAsync(subject, Today(-3));

        await AssertRejectedAsync(Record, new { i = new { assessmentId = id, grades = new[] { new { subAreaCode = "PC.NUT", grade = 0 } } } }, "VALIDATION", field: "grades[0].grade");
        await AssertRejectedAsync(Record, new { i = new { assessmentId = id, grades = new[] { new { subAreaCode = "PC.NUT", grade = 2 }, new { subAreaCode = "PC.HOU", grade = 6 } } } }, "VALIDATION", field: "grades[1].grade");
        await AssertRejectedAsync(Record, new { i = new { assessmentId = id, grades = new[] { new { subAreaCode = "PC.XYZ", grade = 2 } } } }, "VALIDATION", field: "grades[0].subAreaCode");
        await AssertRejectedAsync(Record, new { i = new { assessmentId = Guid.NewGuid().ToString(), grades = new[] { new { subAreaCode = "PC.NUT", grade = 2 } } } }, "NOT_FOUND");

        // Completion needs every sub-area: grade all but one.
        var allButOne = Grades(new Dictionary<string, int> { ["PC"] = 2, ["SA"] = 2, ["LC"] = 2, ["SE"] = 2 }).Skip(1).ToArray();
        (await Nina.SendAsync(Record, new { i = new { assessmentId = id, grades = allButOne } })).AssertOk();
        await AssertRejectedAsync(Complete, new { id }, "VALIDATION", field: "grades");

        await AssertRejectedAsync(Start, new { i = new { subjectId = subject, templateVersion = 99, observedOn = Today(-1) } }, "NOT_FOUND");
        await AssertRejectedAsync(Start, new { i = new { subjectId = subject, templateCode = "XYZ", templateVersion = 1, observedOn = Today(-1) } }, "NOT_FOUND");
        await AssertRejectedAsync(Start, new { i = new { subjectId = subject, templateVersion = 1, observedOn = Today(5) } }, "VALIDATION", field: "observedOn");
        await AssertRejectedAsync(Start, new { i = new { subjectId = Guid.NewGuid().ToString(), templateVersion = 1, observedOn = Today(-1) } }, "NOT_FOUND");
        await AssertRejectedAsync(Start, new { i = new { subjectId = "not-an-id", templateVersion = 1, observedOn = Today(-1) } }, "VALIDATION", field: "subjectId");
        await AssertRejectedAsync(Start, new { i = new { subjectId = subject, templateVersion = 1, observedOn = Today(-1) } }, "FORBIDDEN", user: "sam.scrutineer");
        await AssertRejectedAsync(Start, new { i = new { subjectId = subject, templateVersion = 1, observedOn = Today(-1) } }, "FORBIDDEN", user: "gina.governance");
        await AssertRejectedAsync(Correct, new { id, r = "Draft" }, "CONFLICT");
        (await Nina.SendAsync("query($id: ID!) { neglectAssessment(id: $id) { id } }", new { id = Guid.NewGuid().ToString() })).AssertError("NOT_FOUND");
        (await Nina.SendAsync("query($id: ID!) { neglectAssessment(id: $id) { id status } }", new { id })).AssertOk();

        const string plan = "mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }";
        await AssertRejectedAsync(plan, new { i = new { subjectId = Guid.NewGuid().ToString(), category = "NEGLECT", startedOn = Today(-1) } }, "NOT_FOUND");
        await AssertRejectedAsync(plan, new { i = new { subjectId = subject, category = "NEGLECT", startedOn = Today(3) } }, "VALIDATION", field: "startedOn");
        await AssertRejectedAsync("mutation { recordDentalExtractions(year: \"2023/24\", children: 300) { year } }", new { }, "CONFLICT");
        await AssertRejectedAsync("mutation { recordDentalExtractions(year: \"2024-25\", children: -1) { year } }", new { }, "VALIDATION", field: "children");
    }

    [Fact]
    public async Task Child_protection_plans_start_and_end_with_events_and_count_in_the_share()
    {
        var subject = await RegisterChildAsync();
        var started = (await Nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id category } }",
            new { i = new { subjectId = subject, category = "NEGLECT", startedOn = Today(-30) } })).AssertOk();
        var planId = started.Data!["recordChildProtectionPlan"]!["id"]!.GetValue<string>();
        await AssertRejectedAsync("mutation($p: ID!, $e: DateOnly!) { endChildProtectionPlan(planId: $p, endedOn: $e) { id } }", new { p = planId, e = Today(-40) }, "VALIDATION", field: "endedOn");
        (await Nina.SendAsync("mutation($p: ID!, $e: DateOnly!) { endChildProtectionPlan(planId: $p, endedOn: $e) { endedOn } }", new { p = planId, e = Today(-1) })).AssertOk();
        await AssertRejectedAsync("mutation($p: ID!, $e: DateOnly!) { endChildProtectionPlan(planId: $p, endedOn: $e) { id } }", new { p = planId, e = Today() }, "CONFLICT");

        var events = await _host.ScopedAsync(sp => sp.GetRequiredService<NeglectDbContext>().Outbox.Select(m => m.EventType).ToListAsync());
        Assert.Contains(typeof(ChildProtectionPlanStarted).FullName, events);
        Assert.Contains(typeof(ChildProtectionPlanEnded).FullName, events);

        (await Nina.SendAsync("mutation { recordDentalExtractions(year: \"2024/25\", children: 250) { children } }")).AssertOk();
        var dental = (await _host.As("sam.scrutineer").SendAsync("{ neglectDentalExtractions { year children } }")).AssertOk();
        Assert.Equal(267, dental.Data!["neglectDentalExtractions"]!.AsArray().Single(d => d!["year"]!.GetValue<string>() == "2023/24")!["children"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_share_of_plans_that_are_neglect_reproduces_the_annual_report()
    {
        var r = (await _host.As("sam.scrutineer").SendAsync(Share, new { f = "2023-01-01", t = "2024-03-31" })).AssertOk();
        var quarters = r.Data!["neglectShareByQuarter"]!.AsArray().ToDictionary(q => q!["quarterEnd"]!.GetValue<string>(), q => q!);
        Assert.Equal(5, quarters.Count);
        Assert.Equal(35.5m, quarters["2023-03-31"]["sharePercent"]!.GetValue<decimal>());
        Assert.Equal(400, quarters["2023-03-31"]["allPlans"]!.GetValue<int>());
        Assert.Equal(50.6m, quarters["2024-03-31"]["sharePercent"]!.GetValue<decimal>());
        Assert.Equal(253, quarters["2024-03-31"]["neglectPlans"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_scrutineer_reads_aggregates_but_no_child_level_data()
    {
        var subject = await RegisterChildAsync();
        await CompletedAsync(subject, Today(-5), Grades(new Dictionary<string, int> { ["PC"] = 2, ["SA"] = 1, ["LC"] = 2, ["SE"] = 1 }));
        var sam = _host.As("sam.scrutineer");
        (await sam.SendAsync("query($s: ID!) { neglectAssessments(subjectId: $s) { nodes { id } } }", new { s = subject })).AssertError("FORBIDDEN");
        (await sam.SendAsync(Change, new { s = subject })).AssertError("FORBIDDEN");
        (await sam.SendAsync("query($s: ID!) { neglectChildProtectionPlans(subjectId: $s) { nodes { id } } }", new { s = subject })).AssertError("FORBIDDEN");
        (await sam.SendAsync("query($id: ID!) { subject(id: $id) { neglect { id } } }", new { id = subject })).AssertError("FORBIDDEN");
        (await _host.As("gina.governance").SendAsync("query($s: ID!) { neglectAssessments(subjectId: $s) { nodes { id } } }", new { s = subject })).AssertError("FORBIDDEN");

        (await sam.SendAsync(Share, new { f = "2024-01-01", t = "2024-03-31" })).AssertOk();
        (await sam.SendAsync("{ neglectTrainingReach { year sessions attendees } gcp2Templates { code version areas { code label subAreas { code label } } } }")).AssertOk();
        const string Use = "query($f: DateOnly!, $t: DateOnly!) { gcp2UseByAgency(from: $f, to: $t) { agency quarterEnd completedAssessments suppressed } }";
        var row = (await sam.SendAsync(Use, new { f = Today(-120), t = Today(100) })).AssertOk().Data!["gcp2UseByAgency"]!.AsArray().Single()!;
        Assert.Equal("Livewell Southwest", row["agency"]!.GetValue<string>());
        Assert.Null(row["completedAssessments"]); // one assessment: a small number, withheld outside the working group
        Assert.Equal(["completedAssessments"], row["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
        var own = (await _host.As("nina.neglect").SendAsync(Use, new { f = Today(-120), t = Today(100) })).AssertOk().Data!["gcp2UseByAgency"]!.AsArray().Single()!;
        Assert.Equal(1, own["completedAssessments"]!.GetValue<int>());
    }

    [Fact]
    public async Task Switching_Neglect_off_answers_module_disabled_and_leaves_Governance_answering()
    {
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        (await _host.As("sam.scrutineer").SendAsync(Share, new { f = "2023-01-01", t = "2023-03-31" })).AssertError("MODULE_DISABLED");
        (await Nina.SendAsync("{ gcp2Templates { code } }")).AssertError("MODULE_DISABLED");
        (await Nina.SendAsync(Start, new { i = new { subjectId = Guid.NewGuid().ToString(), templateVersion = 1, observedOn = Today(-1) } })).AssertError("MODULE_DISABLED");
        (await _host.As("gina.governance").SendAsync("{ partners { name } }")).AssertOk();

        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: true) { enabled } }")).AssertOk();
        (await Nina.SendAsync("{ gcp2Templates { code } }")).AssertOk();
    }

    [Fact]
    public async Task The_template_holds_structure_only()
    {
        var r = (await Nina.SendAsync("{ gcp2Templates { code version areas { code label subAreas { code label } } } }")).AssertOk();
        var template = r.Data!["gcp2Templates"]!.AsArray().Single()!;
        Assert.Equal("GCP2", template["code"]!.GetValue<string>());
        Assert.Equal(1, template["version"]!.GetValue<int>());
        var areas = template["areas"]!.AsArray();
        Assert.Equal(["Physical care", "Safety", "Love and care", "Stimulation and esteem"], areas.Select(a => a!["label"]!.GetValue<string>()).ToArray());
        // Labels are short and neutral: at most four words, no descriptor sentences.
        Assert.All(areas.SelectMany(a => a!["subAreas"]!.AsArray()), s => Assert.True(s!["label"]!.GetValue<string>().Split(' ').Length <= 4));
    }
}
