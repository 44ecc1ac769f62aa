using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// The cross-cutting view of one child: nina.neglect is in the Neglect working group only, pat.practitioner in Neglect
/// and CSA.
/// </summary>
public sealed class SubjectViewTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string View = """
        query($s: ID!, $p: String!) { subjectView(subjectId: $s, purpose: $p) {
          purpose subject { id neglect { id } csa { chronology { indicators { id sourceAgency } } } }
          parts { module shown note sharingBasis { module basis reason recordedBy } } } }
        """;
    private const string Basis = "mutation($i: RecordSharingBasisInput!) { recordSharingBasis(input: $i) { module basis reason recordedBy } }";

    private async Task<string> ChildWithAssessmentAsync()
    {
        var nina = _host.As("nina.neglect");
        var subject = (await nina.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2019-05-04" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await nina.SendAsync("mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
            new { i = new { subjectId = subject, templateVersion = 1, observedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd") } })).AssertOk();
        (await _host.As("pat.practitioner").SendAsync("mutation($i: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $i) { indicator { id } } }",
            new { i = new { subjectId = subject, categoryCode = "PHYSICAL", observedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"), description = "Observed at school", seenAndSpokenToAlone = true } })).AssertOk();
        await _host.AllocateAsync(subject, "pat.practitioner"); // recording the indicator opened nothing to pat
        return subject;
    }

    private async Task<JsonNode> ViewAsync(string user, string subject, string purpose = "Child protection conference") =>
        (await _host.As(user).SendAsync(View, new { s = subject, p = purpose })).AssertOk().Data!["subjectView"]!;

    private static JsonNode Part(JsonNode view, string module) => view["parts"]!.AsArray().Single(p => p!["module"]!.GetValue<string>() == module)!;

    [Fact]
    public async Task A_neglect_practitioner_sees_neglect_and_not_the_csa_chronology_a_member_of_both_sees_both_and_every_read_is_audited()
    {
        var subject = await ChildWithAssessmentAsync();

        var nina = await ViewAsync("nina.neglect", subject);
        Assert.Single(nina["subject"]!["neglect"]!.AsArray());
        Assert.Null(nina["subject"]!["csa"]);
        Assert.True(Part(nina, "Neglect")["shown"]!.GetValue<bool>());
        var csa = Part(nina, "Csa");
        Assert.False(csa["shown"]!.GetValue<bool>());
        Assert.Equal("Not shown outside the Csa working group: it shares a child's information only on a recorded lawful basis.", csa["note"]!.GetValue<string>());

        var pat = await ViewAsync("pat.practitioner", subject, "Strategy discussion");
        Assert.Single(pat["subject"]!["neglect"]!.AsArray());
        Assert.Single(pat["subject"]!["csa"]!["chronology"]!["indicators"]!.AsArray());
        Assert.True(Part(pat, "Neglect")["shown"]!.GetValue<bool>());
        Assert.True(Part(pat, "Csa")["shown"]!.GetValue<bool>());
        Assert.False(Part(pat, "Adolescents")["shown"]!.GetValue<bool>()); // pat is not in that group

        var audit = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLog(subjectId: $s, action: \"subject.part.read\") { nodes { actor field purpose module allowed detail } } }", new { s = subject }))
            .AssertOk().Data!["auditLog"]!["nodes"]!.AsArray().Select(a => $"{a!["actor"]}|{a["field"]}|{a["purpose"]}|{a["module"]}|{a["allowed"]}").ToList();
        Assert.Equal(4, audit.Count);
        Assert.Contains("nina.neglect|neglect|Child protection conference|Neglect|true", audit);
        Assert.Contains("nina.neglect|csa|Child protection conference|Csa|false", audit);
        Assert.Contains("pat.practitioner|neglect|Strategy discussion|Neglect|true", audit);
        Assert.Contains("pat.practitioner|csa|Strategy discussion|Csa|true", audit);

        // Outside the view the field answers as before: FORBIDDEN for a caller outside the group.
        (await _host.As("nina.neglect").SendAsync("query($s: ID!) { subject(id: $s) { csa { chronology { indicators { id } } } } }", new { s = subject })).AssertError("FORBIDDEN");

        // A switched-off module is omitted with a note; the rest still arrives.
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        var off = await ViewAsync("pat.practitioner", subject);
        Assert.Null(off["subject"]!["neglect"]);
        Assert.Equal("The Neglect module is switched off.", Part(off, "Neglect")["note"]!.GetValue<string>());
        Assert.NotNull(off["subject"]!["csa"]);
        (await _host.As("pat.practitioner").SendAsync("query($s: ID!) { subject(id: $s) { neglect { id } } }", new { s = subject })).AssertError("MODULE_DISABLED");
    }

    [Fact]
    public async Task The_sharing_basis_is_recorded_by_the_modules_group_overriding_needs_a_reason_and_it_shows_on_the_part()
    {
        var subject = await ChildWithAssessmentAsync();
        var nina = _host.As("nina.neglect");
        (await nina.SendAsync(Basis, new { i = new { subjectId = subject, module = "Neglect", basis = "CONSENT_OVERRIDDEN" } })).AssertError("VALIDATION");
        (await nina.SendAsync(Basis, new { i = new { subjectId = subject, module = "Csa", basis = "CONSENT_GIVEN" } })).AssertError("FORBIDDEN");
        (await nina.SendAsync(Basis, new { i = new { subjectId = Guid.NewGuid(), module = "Neglect", basis = "CONSENT_GIVEN" } })).AssertError("NOT_FOUND");
        (await _host.As("sam.scrutineer").SendAsync(Basis, new { i = new { subjectId = subject, module = "Neglect", basis = "CONSENT_GIVEN" } })).AssertError("FORBIDDEN");
        var recorded = (await nina.SendAsync(Basis, new { i = new { subjectId = subject, module = "Neglect", basis = "CONSENT_OVERRIDDEN", reason = "Asking the carer would put the child at risk of harm." } }))
            .AssertOk().Data!["recordSharingBasis"]!;
        Assert.Equal("nina.neglect", recorded["recordedBy"]!.GetValue<string>());

        var view = await ViewAsync("pat.practitioner", subject);
        var basis = Part(view, "Neglect")["sharingBasis"]!;
        Assert.Equal("CONSENT_OVERRIDDEN", basis["basis"]!.GetValue<string>());
        Assert.Equal("Asking the carer would put the child at risk of harm.", basis["reason"]!.GetValue<string>());
        Assert.Null(Part(view, "Csa")["sharingBasis"]);

        var audit = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLog(subjectId: $s, action: \"sharing.basis.recorded\") { nodes { actor module detail purpose } } }", new { s = subject }))
            .AssertOk().Data!["auditLog"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal("Basis: ConsentOverridden", audit["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reason_for_overriding_consent_stays_with_the_group_that_holds_the_information()
    {
        var subject = await ChildWithAssessmentAsync();
        const string reason = "The alleged abuser is the carer.";
        (await _host.As("pat.practitioner").SendAsync(Basis, new { i = new { subjectId = subject, module = "Csa", basis = "CONSENT_OVERRIDDEN", reason } })).AssertOk();
        (await _host.As("nina.neglect").SendAsync(Basis, new { i = new { subjectId = subject, module = "Neglect", basis = "CONSENT_GIVEN" } })).AssertOk();

        // nina is in Neglect only: the CSA part is shared with her on the override, but not the reason.
        var nina = await ViewAsync("nina.neglect", subject);
        Assert.True(Part(nina, "Csa")["shown"]!.GetValue<bool>());
        Assert.Equal("CONSENT_OVERRIDDEN", Part(nina, "Csa")["sharingBasis"]!["basis"]!.GetValue<string>());
        Assert.Null(Part(nina, "Csa")["sharingBasis"]!["reason"]);
        Assert.Equal("CONSENT_GIVEN", Part(nina, "Neglect")["sharingBasis"]!["basis"]!.GetValue<string>());
        Assert.DoesNotContain(reason, nina.ToJsonString(), StringComparison.Ordinal);

        // pat is in the CSA group: the basis and the reason.
        var pat = await ViewAsync("pat.practitioner", subject);
        Assert.Equal(reason, Part(pat, "Csa")["sharingBasis"]!["reason"]!.GetValue<string>());

        // The audit log says a basis was recorded, never why; administrators read none of a child's entries.
        var audit = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLog(subjectId: $s) { nodes { action detail purpose } } }", new { s = subject })).AssertOk();
        Assert.Contains(audit.Data!["auditLog"]!["nodes"]!.AsArray(), a => a!["action"]!.GetValue<string>() == "sharing.basis.recorded");
        Assert.DoesNotContain("alleged abuser", audit.Data!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await _host.As("alex.admin").SendAsync("query($s: String) { auditLog(subjectId: $s) { nodes { action } } }", new { s = subject }))
            .AssertOk().Data!["auditLog"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task The_view_is_for_practitioners_with_a_purpose()
    {
        var subject = await ChildWithAssessmentAsync();
        (await _host.As("sam.scrutineer").SendAsync(View, new { s = subject, p = "Annual review" })).AssertError("FORBIDDEN");
        (await _host.As("alex.admin").SendAsync(View, new { s = subject, p = "Annual review" })).AssertError("FORBIDDEN");
        (await _host.As("nina.neglect").SendAsync(View, new { s = subject, p = "why" })).AssertError("VALIDATION");
        (await _host.As("nina.neglect").SendAsync(View, new { s = Guid.NewGuid(), p = "Strategy discussion" })).AssertError("NOT_FOUND");
    }
}
