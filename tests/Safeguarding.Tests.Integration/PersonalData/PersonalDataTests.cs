using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.PersonalData;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.Web;

namespace Safeguarding.Tests.Integration.PersonalData;

/// <summary>
/// Retention, disposal and subject access through the running host, on a child known to every module that holds children
/// (each module's own mutations), with an adult named beside them in a notice.
/// </summary>
public sealed class PersonalDataTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string ChildName = "Morwenna Trelawny";
    private const string AdultName = "Lowenna Tregear";
    private const string GradeNote = "Morwenna said there was no food at home";
    private const string Export = "query($s: ID!, $p: String!) { subjectAccessExport(subjectId: $s, purpose: $p) }";
    private const string DisposeOf = "mutation($s: ID!, $r: String!) { disposeOfPerson(subjectId: $s, reason: $r) { subjectId by rows { holder kind disposal rows } } }";
    private const string Due = "query($d: DateOnly) { retentionDue(asOf: $d) { totalCount nodes { subjectId kind modules records lastActivityOn dueOn basis } } }";

    private static string Day(int daysAgo) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd");
    private static string Ago(int hours) => DateTimeOffset.UtcNow.AddHours(-hours).ToString("O");

    /// <summary>The child, registered in Neglect and recorded by every module that holds children, and the adult a notice named.</summary>
    private async Task<(string Child, string Nhs, string Adult)> ChildKnownToEveryModuleAsync()
    {
        var nhs = TestNhsNumbers.Next();
        var child = (await _host.As("nina.neglect").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = ChildName, dateOfBirth = "2017-05-04", nhsNumber = nhs } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        var assessment = (await _host.As("nina.neglect").SendAsync("mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
            new { i = new { subjectId = child, templateVersion = 1, observedOn = Day(5) } })).AssertOk().Data!["startNeglectAssessment"]!["id"]!.GetValue<string>();
        (await _host.As("nina.neglect").SendAsync("mutation($i: RecordNeglectAssessmentInput!) { recordNeglectAssessment(input: $i) { id } }",
            new { i = new { assessmentId = assessment, grades = new[] { new { subAreaCode = "PC.NUT", grade = 4, note = GradeNote } } } })).AssertOk();
        (await _host.As("nina.neglect").SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
            new { i = new { subjectId = child, category = "NEGLECT", startedOn = Day(30) } })).AssertOk();
        var notice = (await _host.As("dana.domesticabuse").SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome adultMatches { subjectId } } }",
            new { i = new { policeReference = "PPN-DISPOSAL-1", incidentAt = Ago(20), locationArea = "Devonport", children = new[] { child },
                adults = new[] { new { role = "VICTIM", personReference = "PNC/DISPOSAL/A", name = AdultName, dateOfBirth = "1991-03-08" } } } })).AssertOk();
        var adult = notice.Data!["recordProtectionNotice"]!["adultMatches"]![0]!["subjectId"]!.GetValue<string>();
        (await _host.As("dana.domesticabuse").SendAsync("mutation($s: ID!) { raiseHospitalAlert(subjectId: $s, reason: \"Risk at home\") { reason } }", new { s = child })).AssertOk();
        (await _host.As("carla.csa").SendAsync("mutation($i: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $i) { indicator { id } } }",
            new { i = new { subjectId = child, categoryCode = "PHYSICAL", observedOn = Day(10), description = $"{ChildName} told her teacher", seenAndSpokenToAlone = true } })).AssertOk();
        (await _host.As("carla.csa").SendAsync("mutation($i: RecordCsaHarmfulSexualBehaviourInput!) { recordCsaHarmfulSexualBehaviour(input: $i) { id } }",
            new { i = new { subjectId = child, grade = "GREEN", occurredOn = Day(12), behaviour = "Age-appropriate curiosity.", response = "Talked it through at school." } })).AssertOk();
        (await _host.As("adam.adolescents").SendAsync("mutation($i: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $i) { id } }",
            new { i = new { subjectId = child, wentMissingAt = Ago(30), returnedAt = Ago(26), whereFound = "At a flat in Stonehouse" } })).AssertOk();
        (await _host.As("gina.governance").SendAsync("mutation($i: OpenRapidReviewInput!) { openRapidReview(input: $i) { id } }",
            new { i = new { reference = "RR " + Guid.NewGuid().ToString("N")[..8], notifiedOn = Day(3), subjectId = child } })).AssertOk();
        // Someone reads who the child is, for the audit trail.
        (await _host.As("nina.neglect").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Preparing the core group\") { name } } }", new { s = child })).AssertOk();
        await _host.AssertEventsDeliveredAsync();
        return (child, nhs, adult);
    }

    private async Task<JsonNode> ExportAsync(string subject) =>
        JsonNode.Parse((await _host.As("dee.dpo").SendAsync(Export, new { s = subject, p = "Subject access request SAR-2026-014" })).AssertOk()
            .Data!["subjectAccessExport"]!.GetValue<string>())!;

    /// <summary>Every module's figures and the scorecard, as the working groups and the scrutineer read them.</summary>
    private async Task<string> FiguresAsync()
    {
        var figures = new List<string>();
        foreach (var (user, query) in new[]
                 {
                     ("nina.neglect", "{ neglectShareByQuarter(from: \"2024-04-01\", to: \"2027-03-31\") { quarterEnd neglectPlans allPlans sharePercent suppressed } }"),
                     ("dana.domesticabuse", "{ childrenInNoticesByYear { year children previousYearChildren changePercent suppressed } }"),
                     ("carla.csa", "{ csaHsbByQuarter(from: \"2024-04-01\", to: \"2027-03-31\") { quarterEnd green amber red suppressed } }"),
                     ("adam.adolescents", $"{{ returnHomeInterviewFigures(from: \"{Day(300)}\", to: \"{Day(0)}\") {{ returns offeredOnTime offeredLate overdue awaiting suppressed }} }}"),
                     ("gina.governance", "{ learningReviewTimeliness { year rapidReviews decided decidedInTime overdue suppressed } }"),
                 })
            figures.Add((await _host.As(user).SendAsync(query)).AssertOk().Data!.ToJsonString());
        var quarter = FinancialQuarter.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Label;
        figures.Add((await _host.As("sam.scrutineer").SendAsync("query($q: FinancialQuarter!) { scorecard(fromQuarter: $q, toQuarter: $q) { measures { code values { quarter value status } } } }",
            new { q = quarter })).AssertOk().Data!.ToJsonString());
        return string.Join('\n', figures);
    }

    /// <summary>Every row of every table of every module and the platform (the audit log aside) in which a column holds one of the ids.</summary>
    private Task<List<string>> RowsNamingAsync(params string[] ids) => _host.ScopedAsync(async sp =>
    {
        var found = new List<string>();
        var guids = ids.Select(Guid.Parse).ToList();
        var contexts = sp.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType).Append(typeof(PlatformDbContext));
        foreach (var type in contexts)
        {
            var db = (DbContext)sp.GetRequiredService(type);
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned() && !e.HasSharedClrType && e.ClrType != typeof(AuditRecord)))
            {
                var rows = await ((IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity.ClrType).Invoke(db, null)!)
                    .AsNoTracking().ToListAsync();
                foreach (var row in rows)
                foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null))
                {
                    var value = property.PropertyInfo!.GetValue(row);
                    if (value is Guid g && guids.Contains(g) || value is string text && ids.Any(id => text.Contains(id, StringComparison.OrdinalIgnoreCase)))
                        found.Add($"{type.Name}.{entity.GetTableName()}.{property.Name}");
                }
            }
        }
        return found;
    });

    [Fact]
    public async Task A_child_known_to_every_module_is_exported_whole_then_disposed_of_and_nothing_of_them_is_found_while_the_figures_stay_true()
    {
        var (child, nhs, adult) = await ChildKnownToEveryModuleAsync();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var export = await ExportAsync(child);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"The export took {clock.Elapsed}."); // within seconds, even on a busy machine
        Assert.True(export["held"]!.GetValue<bool>());
        Assert.Equal("Morwenna", export["identity"]!["givenNames"]!.GetValue<string>());
        var holders = export["records"]!.AsArray().Select(r => r!["heldBy"]!.GetValue<string>()).Distinct().Order().ToList();
        Assert.Equal(["Adolescents", "Csa", "DomesticAbuse", "Governance", "Neglect", "Registry"], holders);
        var text = export.ToJsonString();
        Assert.Contains("At a flat in Stonehouse", text);
        Assert.Contains(GradeNote, text); // a row that belongs to the assessment, exported with it
        Assert.DoesNotContain(AdultName, text); // another person: not the child's to be given
        Assert.DoesNotContain(adult, text);
        var trail = export["auditTrail"]!.AsArray();
        Assert.Contains(trail, e => e!["user"]!.GetValue<string>() == "nina.neglect" && e["action"]!.GetValue<string>() == "identity.read"
                                    && e["purpose"]!.GetValue<string>() == "Preparing the core group");

        var figuresBefore = await FiguresAsync();
        var disposed = (await _host.As("dee.dpo").SendAsync(DisposeOf, new { s = child, r = "Retention period ended: 25th birthday reached" })).AssertOk().Data!["disposeOfPerson"]!;
        Assert.Equal("dee.dpo", disposed["by"]!.GetValue<string>());
        var done = disposed["rows"]!.AsArray().Select(r => $"{r!["holder"]}|{r["disposal"]}").Distinct().ToList();
        Assert.Contains("Neglect|ANONYMISE", done);
        Assert.Contains("Registry|DELETE", done);
        await _host.AssertEventsDeliveredAsync();

        Assert.Empty(await RowsNamingAsync(child));
        Assert.Empty(await _host.ScopedAsync(sp => sp.GetRequiredService<Safeguarding.Neglect.Persistence.NeglectDbContext>().Grades.Where(g => g.Note == GradeNote).ToListAsync()));
        Assert.Equal(figuresBefore, await FiguresAsync());
        var found = (await _host.As("nina.neglect").SendAsync("query($n: String) { findSubjects(nhsNumber: $n, purpose: \"Checking the child is not held\") { id } }", new { n = nhs }))
            .AssertOk().Data!["findSubjects"]!.AsArray();
        Assert.Empty(found);
        var after = await ExportAsync(child);
        Assert.False(after["held"]!.GetValue<bool>());
        Assert.Empty(after["records"]!.AsArray());
        Assert.Empty(after["auditTrail"]!.AsArray());
        Assert.Null(after["identity"]);

        // Run again (a part failed, say): nothing more to do, and no error.
        var again = (await _host.As("dee.dpo").SendAsync(DisposeOf, new { s = child, r = "Retention period ended: run again" })).AssertOk().Data!["disposeOfPerson"]!;
        Assert.Empty(again["rows"]!.AsArray());

        // The disposal is audited with who, the reason and the counts; no name, no NHS number.
        var audit = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLog(subjectId: $s, action: \"person.disposed\") { nodes { actor purpose detail } } }", new { s = child }))
            .AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("dee.dpo", a!["actor"]!.GetValue<string>()));
        Assert.Contains("Neglect Graded Care Profile 2 assessment: 1 anonymised", audit.Last()!["detail"]!.GetValue<string>());
        Assert.DoesNotContain(audit, a => a!.ToJsonString().Contains("Morwenna") || a.ToJsonString().Contains(nhs));

        // The adult named beside the child is still held: disposing of one person leaves the others.
        Assert.True((await ExportAsync(adult))["held"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Only_the_data_protection_officer_reviews_disposes_and_exports_and_a_reason_must_be_in_words()
    {
        var child = (await _host.As("nina.neglect").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2016-01-02" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        foreach (var user in new[] { "nina.neglect", "alex.admin", "sam.scrutineer" })
        {
            (await _host.As(user).SendAsync(DisposeOf, new { s = child, r = "Retention period ended" })).AssertError("FORBIDDEN");
            (await _host.As(user).SendAsync(Export, new { s = child, p = "Subject access request" })).AssertError("FORBIDDEN");
            (await _host.As(user).SendAsync(Due, new { d = (string?)null })).AssertError("FORBIDDEN");
        }
        (await _host.As("dee.dpo").SendAsync(DisposeOf, new { s = child, r = "x" })).AssertError("VALIDATION");
        (await _host.As("dee.dpo").SendAsync(Export, new { s = child, p = "" })).AssertError("VALIDATION");
        Assert.True((await ExportAsync(child))["held"]!.GetValue<bool>()); // nothing was disposed of
    }

    [Fact]
    public async Task A_childs_record_is_due_at_their_25th_birthday_and_the_daily_review_is_in_the_audit_log()
    {
        var child = (await _host.As("nina.neglect").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2017-05-04" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await _host.As("nina.neglect").SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
            new { i = new { subjectId = child, category = "NEGLECT", startedOn = Day(30) } })).AssertOk();

        async Task<JsonArray> DueAsync(string day) =>
            (await _host.As("dee.dpo").SendAsync(Due, new { d = day })).AssertOk().Data!["retentionDue"]!["nodes"]!.AsArray();
        Assert.DoesNotContain(await DueAsync("2042-05-03"), d => d!["subjectId"]!.GetValue<string>() == child);
        var due = Assert.Single(await DueAsync("2042-05-04"), d => d!["subjectId"]!.GetValue<string>() == child)!;
        Assert.Equal(("CHILD_SAFEGUARDING_RECORD", "2042-05-04", "25th birthday"), (due["kind"]!.GetValue<string>(), due["dueOn"]!.GetValue<string>(), due["basis"]!.GetValue<string>()));
        Assert.Equal(["Neglect"], due["modules"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(Day(0), due["lastActivityOn"]!.GetValue<string>()); // registered today, after the plan's start

        var reviewedOn = UkTime.DateOf(DateTimeOffset.UtcNow);
        var count = await _host.Scoped(sp => sp.GetRequiredService<RetentionReviewSweep>()).ReviewAsync(CancellationToken.None);
        var reviews = (await _host.As("dee.dpo").SendAsync("{ auditLog(action: \"retention.reviewed\") { nodes { actor detail } } }")).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Contains(reviews, r => r!["detail"]!.GetValue<string>().StartsWith($"{count} ") && r["actor"]!.GetValue<string>() == RetentionReviewSweep.Actor);
        // Today is reviewed: the hourly look and every restart find it so and read nothing again (unless the UK day
        // turned between the two, when the look rightly reviews the new day).
        var looked = await _host.Scoped(sp => sp.GetRequiredService<RetentionReviewSweep>()).ReviewUnlessDoneTodayAsync(CancellationToken.None);
        if (UkTime.DateOf(DateTimeOffset.UtcNow) == reviewedOn)
        {
            Assert.Null(looked);
            var again = (await _host.As("dee.dpo").SendAsync("{ auditLog(action: \"retention.reviewed\") { nodes { actor } } }")).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
            Assert.Equal(reviews.Count, again.Count);
        }
    }

    [Fact]
    public async Task The_data_protection_officers_page_prints_the_export_and_offers_it_as_json()
    {
        var (child, _, _) = await ChildKnownToEveryModuleAsync();
        var browser = await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "dee.dpo");
        var form = await browser.GetStringAsync("/data-protection/subject-access");
        var token = WebInterfaceTests.AntiforgeryToken().Match(form).Groups[1].Value;
        FormUrlEncodedContent Fields() => new(new Dictionary<string, string> { ["subjectId"] = child, ["purpose"] = "Subject access request SAR-2026-015", ["__RequestVerificationToken"] = token });

        var page = await (await browser.PostAsync("/data-protection/subject-access", Fields())).Content.ReadAsStringAsync();
        Assert.Contains("Morwenna", page);
        Assert.Contains("Missing episode", page);
        Assert.Contains("Who has read the record", page);
        Assert.DoesNotContain(AdultName, page);

        var json = await browser.PostAsync("/data-protection/subject-access?handler=Json", Fields());
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(child, JsonNode.Parse(await json.Content.ReadAsStringAsync())!["subjectId"]!.GetValue<string>());

        var nina = await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "nina.neglect");
        Assert.NotEqual(HttpStatusCode.OK, (await nina.GetAsync("/data-protection/subject-access")).StatusCode);
    }
}
