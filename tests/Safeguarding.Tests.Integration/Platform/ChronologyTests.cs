using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.Web;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// A child's one chronology across the modules, inside subjectView: nina.neglect is in the Neglect working group only,
/// pat.practitioner in Neglect and CSA, dana.domesticabuse in Domestic Abuse; each with a relationship with the child.
/// </summary>
public sealed class ChronologyTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string View = """
        query($s: ID!, $p: String!) { subjectView(subjectId: $s, purpose: $p) {
          chronology { entries { at module what agency recordedBy subjectId } withheld { module note } } } }
        """;

    private static string Day(int daysAgo) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd");

    /// <summary>A child known to three modules: a notice 20 days ago, an indicator 10 days ago, an assessment observed 5 days ago.</summary>
    private async Task<string> ChildKnownToThreeModulesAsync()
    {
        var subject = (await _host.As("nina.neglect").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2017-05-04" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await _host.As("dana.domesticabuse").SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome } }",
            new { i = new { policeReference = "PPN-CHRONO-1", incidentAt = DateTimeOffset.UtcNow.AddDays(-20).ToString("O"), locationArea = "Devonport",
                children = new[] { subject }, adults = new[] { new { role = "VICTIM", personReference = "P-CHRONO-1" } } } })).AssertOk();
        (await _host.As("pat.practitioner").SendAsync("mutation($i: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $i) { indicator { id } } }",
            new { i = new { subjectId = subject, categoryCode = "PHYSICAL", observedOn = Day(10), description = "Observed at school", seenAndSpokenToAlone = true } })).AssertOk();
        (await _host.As("nina.neglect").SendAsync("mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
            new { i = new { subjectId = subject, templateVersion = 1, observedOn = Day(5) } })).AssertOk();
        // Recording an item opens no child's record: the readers other than the registering practitioner are allocated.
        await _host.AllocateAsync(subject, "pat.practitioner");
        await _host.AllocateAsync(subject, "dana.domesticabuse", "DomesticAbuse");
        return subject;
    }

    private async Task<JsonNode> ChronologyAsync(string user, string subject, string purpose = "Strategy discussion") =>
        (await _host.As(user).SendAsync(View, new { s = subject, p = purpose })).AssertOk().Data!["subjectView"]!["chronology"]!;

    private static List<string> Modules(JsonNode chronology) => chronology["entries"]!.AsArray().Select(e => e!["module"]!.GetValue<string>()).ToList();
    private static Dictionary<string, string> Withheld(JsonNode chronology) =>
        chronology["withheld"]!.AsArray().ToDictionary(w => w!["module"]!.GetValue<string>(), w => w!["note"]!.GetValue<string>());

    [Fact]
    public async Task Each_reader_sees_the_entries_of_their_groups_in_time_order_and_the_other_modules_are_named_as_withheld()
    {
        var subject = await ChildKnownToThreeModulesAsync();

        var pat = await ChronologyAsync("pat.practitioner", subject);
        Assert.Equal(["Csa", "Neglect"], Modules(pat)); // the indicator 10 days ago, then the assessment 5 days ago
        var indicator = pat["entries"]![0]!;
        Assert.Equal("Sign or indicator: Physical signs", indicator["what"]!.GetValue<string>());
        Assert.Equal("pat.practitioner", indicator["recordedBy"]!.GetValue<string>());
        Assert.Equal(subject, indicator["subjectId"]!.GetValue<string>());
        var withheld = Withheld(pat);
        Assert.Equal("Not shown outside the DomesticAbuse working group: it shares a child's information only on a recorded lawful basis.", withheld["DomesticAbuse"]);
        Assert.Equal("Not shown outside the Adolescents working group: it shares a child's information only on a recorded lawful basis.", withheld["Adolescents"]);
        Assert.DoesNotContain("Neglect", withheld.Keys);

        var dana = await ChronologyAsync("dana.domesticabuse", subject);
        var notice = Assert.Single(dana["entries"]!.AsArray())!;
        Assert.Equal("DomesticAbuse", notice["module"]!.GetValue<string>());
        Assert.Contains("PPN-CHRONO-1", notice["what"]!.GetValue<string>());
        Assert.Equal("Devon and Cornwall Police", notice["agency"]!.GetValue<string>());
        Assert.Contains("Neglect", Withheld(dana).Keys);
        Assert.Contains("Csa", Withheld(dana).Keys);

        Assert.Equal(["Neglect"], Modules(await ChronologyAsync("nina.neglect", subject)));

        // Every module's part of the chronology, shown or withheld, is audited with the purpose.
        var audit = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLog(subjectId: $s, action: \"subject.part.read\") { nodes { actor field purpose module allowed } } }", new { s = subject }))
            .AssertOk().Data!["auditLog"]!["nodes"]!.AsArray().Where(a => a!["field"]!.GetValue<string>() == "chronology")
            .Select(a => $"{a!["actor"]}|{a["module"]}|{a["allowed"]}|{a["purpose"]}").ToList();
        Assert.Contains("pat.practitioner|Csa|true|Strategy discussion", audit);
        Assert.Contains("pat.practitioner|DomesticAbuse|false|Strategy discussion", audit);
        Assert.Contains("dana.domesticabuse|DomesticAbuse|true|Strategy discussion", audit);
        Assert.Equal(12, audit.Count); // three readers, four modules that keep a chronology
    }

    [Fact]
    public async Task A_switched_off_module_is_withheld_with_a_note_and_its_entries_are_not_read()
    {
        var subject = await ChildKnownToThreeModulesAsync();
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Csa\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();

        var pat = await ChronologyAsync("pat.practitioner", subject);
        Assert.Equal(["Neglect"], Modules(pat));
        Assert.Equal("The Csa module is switched off.", Withheld(pat)["Csa"]);
    }

    [Fact]
    public async Task The_childs_record_page_shows_the_chronology_a_reader_may_see()
    {
        var subject = await ChildKnownToThreeModulesAsync();
        var pat = await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "pat.practitioner");
        var page = await pat.GetStringAsync($"/child/{subject}?purpose={Uri.EscapeDataString("Preparing for a meeting about the child")}");
        Assert.Contains("Chronology across the partnership", page);
        Assert.Contains("Sign or indicator: Physical signs", page);
        Assert.Contains("assessment observed", page);
        Assert.DoesNotContain("PPN-CHRONO-1", page); // Domestic Abuse's entry is withheld from pat
        Assert.Contains("Not shown outside the DomesticAbuse working group", page);
    }
}
