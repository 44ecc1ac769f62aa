using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// A module's part of a child shown outside its working group only on a recorded lawful basis; statutory gateways and the
/// agreements register; the reason for overriding consent kept to the group and the data protection officer; a lookup by
/// id that says nothing of children not the caller's; routine enquiries kept from a school's key adult. nina.neglect is
/// in Neglect only, pat.practitioner in Neglect and CSA.
/// </summary>
public sealed class LawfulBasisTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string View = """
        query($s: ID!, $p: String!) { subjectView(subjectId: $s, purpose: $p) {
          subject { csa { chronology { indicators { id } } } }
          parts { module shown note sharingBasis { basis reason gateway { code name } agreement { title } } }
          chronology { entries { module } withheld { module note } } } }
        """;
    private const string Basis = "mutation($i: RecordSharingBasisInput!) { recordSharingBasis(input: $i) { basis reason gateway { code } agreement { id } } }";
    private const string Agreement = "mutation($i: SharingAgreementInput!) { recordSharingAgreement(input: $i) { id title tier parties reviewBy overdueForReview } }";
    private const string Reason = "The alleged abuser is the carer; asking would warn them.";

    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd");

    /// <summary>
    /// A child nina registered in Neglect (so she is allocated to them); with a CSA indicator pat recorded, if asked, and
    /// pat allocated to the child.
    /// </summary>
    private async Task<string> ChildAsync(bool withCsaRecord)
    {
        var subject = (await _host.As("nina.neglect").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = withCsaRecord ? "Shared Child" : "Neglect Only Child", dateOfBirth = "2017-03-04" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        if (withCsaRecord)
        {
            (await _host.As("pat.practitioner").SendAsync("mutation($i: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $i) { indicator { id } } }",
                new { i = new { subjectId = subject, categoryCode = "PHYSICAL", observedOn = Day(-2), description = "Observed at school", seenAndSpokenToAlone = true } })).AssertOk();
            await _host.AllocateAsync(subject, "pat.practitioner");
        }
        return subject;
    }

    private async Task<JsonNode> ViewAsync(string user, string subject) =>
        (await _host.As(user).SendAsync(View, new { s = subject, p = "Child protection conference" })).AssertOk().Data!["subjectView"]!;

    private static JsonNode Part(JsonNode view, string module) => view["parts"]!.AsArray().Single(p => p!["module"]!.GetValue<string>() == module)!;

    private Task<GraphQLResponse> RecordAsync(string user, string subject, string module, string basis, string? reason = null, string? gateway = null, string? agreement = null) =>
        _host.As(user).SendAsync(Basis, new { i = new { subjectId = subject, module, basis, reason, gateway, agreement } });

    private static string Problem(GraphQLResponse response) =>
        response.Errors![0]!["extensions"]!["problems"]!.AsArray().Single()!["field"]!.GetValue<string>();

    [Fact]
    public async Task Another_group_sees_a_part_only_on_a_basis_that_permits_sharing_and_the_note_says_nothing_of_what_is_held()
    {
        var held = await ChildAsync(withCsaRecord: true);
        var notHeld = await ChildAsync(withCsaRecord: false);

        // No basis: nina (outside CSA, allocated to both children) is told the same whether CSA holds anything or not.
        var before = await ViewAsync("nina.neglect", held);
        var nothing = await ViewAsync("nina.neglect", notHeld);
        const string note = "Not shown outside the Csa working group: it shares a child's information only on a recorded lawful basis.";
        Assert.Equal(note, Part(before, "Csa")["note"]!.GetValue<string>());
        Assert.Equal(Part(before, "Csa").ToJsonString(), Part(nothing, "Csa").ToJsonString());
        Assert.Null(before["subject"]!["csa"]);
        Assert.Equal(note, before["chronology"]!["withheld"]!.AsArray().Single(w => w!["module"]!.GetValue<string>() == "Csa")!["note"]!.GetValue<string>());

        // Refused or withdrawn consent shares nothing.
        foreach (var refusing in new[] { "CONSENT_REFUSED", "CONSENT_WITHDRAWN" })
        {
            (await RecordAsync("pat.practitioner", held, "Csa", refusing)).AssertOk();
            var refused = await ViewAsync("nina.neglect", held);
            Assert.False(Part(refused, "Csa")["shown"]!.GetValue<bool>());
            Assert.Equal(Part(nothing, "Csa").ToJsonString(), Part(refused, "Csa").ToJsonString());
        }

        // Consent given: the part, its chronology entries and the basis it is shared on.
        (await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_GIVEN")).AssertOk();
        var given = await ViewAsync("nina.neglect", held);
        Assert.True(Part(given, "Csa")["shown"]!.GetValue<bool>());
        Assert.Equal("CONSENT_GIVEN", Part(given, "Csa")["sharingBasis"]!["basis"]!.GetValue<string>());
        Assert.Single(given["subject"]!["csa"]!["chronology"]!["indicators"]!.AsArray());
        Assert.Contains("Csa", given["chronology"]!["entries"]!.AsArray().Select(e => e!["module"]!.GetValue<string>()));

        // A statutory gateway: shown, with the gateway named.
        (await RecordAsync("pat.practitioner", held, "Csa", "STATUTORY_GATEWAY", gateway: "CHILDREN_ACT_1989_S47")).AssertOk();
        var gateway = Part(await ViewAsync("nina.neglect", held), "Csa")["sharingBasis"]!["gateway"]!;
        Assert.Equal("Children Act 1989, section 47", gateway["name"]!.GetValue<string>());

        // Nothing else opens: outside the view the part is still the group's own, and a child nina has no business with is not found.
        (await _host.As("nina.neglect").SendAsync("query($s: ID!) { subject(id: $s) { csa { chronology { indicators { id } } } } }", new { s = held })).AssertError("FORBIDDEN");
        (await _host.As("adam.adolescents").SendAsync(View, new { s = held, p = "Daily Intelligence Briefing" })).AssertError("NOT_FOUND");

        // Each read of the shared part is audited with the view's purpose and the basis.
        var reads = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLog(subjectId: $s, actor: \"nina.neglect\", action: \"subject.part.read\") { nodes { field module allowed purpose detail } } }", new { s = held }))
            .AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Contains(reads, r => r!["field"]!.GetValue<string>() == "csa" && r["allowed"]!.GetValue<bool>() && r["purpose"]!.GetValue<string>() == "Child protection conference"
                                    && r["detail"]!.GetValue<string>().Contains("Basis: StatutoryGateway CHILDREN_ACT_1989_S47", StringComparison.Ordinal));
        Assert.Contains(reads, r => r!["field"]!.GetValue<string>() == "csa" && !r["allowed"]!.GetValue<bool>() && r["detail"]!.GetValue<string>() == note);
    }

    [Fact]
    public async Task A_basis_follows_its_rules_and_the_statutory_gateways_are_reference_data()
    {
        var held = await ChildAsync(withCsaRecord: true);
        var notHeld = await ChildAsync(withCsaRecord: false);

        Assert.Equal("gateway", Problem((await RecordAsync("pat.practitioner", held, "Csa", "STATUTORY_GATEWAY")).AssertError("VALIDATION")));
        Assert.Equal("gateway", Problem((await RecordAsync("pat.practitioner", held, "Csa", "STATUTORY_GATEWAY", gateway: "MADE_UP_ACT")).AssertError("VALIDATION")));
        Assert.Equal("gateway", Problem((await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_GIVEN", gateway: "CHILDREN_ACT_1989_S17")).AssertError("VALIDATION")));
        Assert.Equal("reason", Problem((await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_OVERRIDDEN")).AssertError("VALIDATION")));
        Assert.Equal("reason", Problem((await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_GIVEN", reason: Reason)).AssertError("VALIDATION")));
        (await RecordAsync("pat.practitioner", notHeld, "Csa", "CONSENT_GIVEN")).AssertError("CONFLICT"); // CSA holds nothing to share
        (await RecordAsync("nina.neglect", held, "Csa", "CONSENT_GIVEN")).AssertError("FORBIDDEN");
        var recorded = (await RecordAsync("pat.practitioner", held, "Csa", "STATUTORY_GATEWAY", gateway: "DPA_2018_SCH1_PARA18")).AssertOk().Data!["recordSharingBasis"]!;
        Assert.Equal("DPA_2018_SCH1_PARA18", recorded["gateway"]!["code"]!.GetValue<string>());

        const string Gateways = "{ statutoryGateways { code name summary } }";
        foreach (var user in new[] { "nina.neglect", "dee.dpo", "alex.admin" })
        {
            var codes = (await _host.As(user).SendAsync(Gateways)).AssertOk().Data!["statutoryGateways"]!.AsArray().Select(g => g!["code"]!.GetValue<string>()).ToList();
            Assert.Superset(new HashSet<string> { "CHILDREN_ACT_1989_S17", "CHILDREN_ACT_1989_S47", "DPA_2018_SCH1_PARA18", "CHILDREN_ACT_2004_S11", "CRIME_AND_DISORDER_ACT_1998_S115", "EDUCATION_ACT_2002_S175" }, codes.ToHashSet());
        }
        (await _host.As("sam.scrutineer").SendAsync(Gateways)).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task The_agreements_register_is_kept_by_the_dpo_and_administrators_and_an_agreement_overdue_for_review_cannot_be_cited()
    {
        var held = await ChildAsync(withCsaRecord: true);
        var tier1 = new { title = "Partnership information sharing agreement", tier = 1, parties = new[] { "Plymouth City Council", "Devon and Cornwall Police", "NHS Devon ICB" },
            purpose = "Safeguarding children across the partnership", dataShared = "Concerns, assessments and plans about children", signedOn = Day(-100), reviewBy = Day(265) };
        var current = (await _host.As("alex.admin").SendAsync(Agreement, new { i = tier1 })).AssertOk().Data!["recordSharingAgreement"]!;
        Assert.False(current["overdueForReview"]!.GetValue<bool>());
        var overdue = (await _host.As("dee.dpo").SendAsync(Agreement, new { i = new { title = "Operation Encompass schools agreement", tier = 2,
            parties = new[] { "Devon and Cornwall Police", "Example Primary School" }, purpose = "Telling a school before the next school day", dataShared = "Incident notifications",
            signedOn = Day(-800), reviewBy = Day(-1) } })).AssertOk().Data!["recordSharingAgreement"]!;
        Assert.True(overdue["overdueForReview"]!.GetValue<bool>());

        (await _host.As("nina.neglect").SendAsync(Agreement, new { i = tier1 })).AssertError("FORBIDDEN");
        Assert.Equal("tier", Problem((await _host.As("dee.dpo").SendAsync(Agreement, new { i = tier1 with { tier = 3 } })).AssertError("VALIDATION")));
        (await _host.As("dee.dpo").SendAsync(Agreement, new { i = new { id = Guid.NewGuid().ToString(), tier1.title, tier1.tier, tier1.parties, tier1.purpose, tier1.dataShared, tier1.signedOn, tier1.reviewBy } }))
            .AssertError("NOT_FOUND");

        var register = (await _host.As("nina.neglect").SendAsync("{ sharingAgreements { title tier overdueForReview } }")).AssertOk().Data!["sharingAgreements"]!.AsArray();
        Assert.Equal(["Partnership information sharing agreement", "Operation Encompass schools agreement"], register.Select(a => a!["title"]!.GetValue<string>()));

        // Citing: the overdue one is refused with a message saying so; a current one is carried by the basis.
        var refused = (await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_GIVEN", agreement: overdue["id"]!.GetValue<string>())).AssertError("CONFLICT");
        Assert.Contains("was due for review", refused.FirstMessage, StringComparison.Ordinal);
        (await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_GIVEN", agreement: Guid.NewGuid().ToString())).AssertError("NOT_FOUND");
        (await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_REFUSED", agreement: current["id"]!.GetValue<string>())).AssertError("VALIDATION");
        (await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_GIVEN", agreement: current["id"]!.GetValue<string>())).AssertOk();
        Assert.Equal("Partnership information sharing agreement", Part(await ViewAsync("nina.neglect", held), "Csa")["sharingBasis"]!["agreement"]!["title"]!.GetValue<string>());

        // Once reviewed (a new review date), the other may be cited.
        var reviewed = (await _host.As("dee.dpo").SendAsync(Agreement, new { i = new { id = overdue["id"]!.GetValue<string>(), title = "Operation Encompass schools agreement", tier = 2,
            parties = new[] { "Devon and Cornwall Police", "Example Primary School" }, purpose = "Telling a school before the next school day", dataShared = "Incident notifications",
            signedOn = Day(-800), reviewBy = Day(364) } })).AssertOk().Data!["recordSharingAgreement"]!;
        Assert.False(reviewed["overdueForReview"]!.GetValue<bool>());
        (await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_GIVEN", agreement: overdue["id"]!.GetValue<string>())).AssertOk();
    }

    [Fact]
    public async Task The_reason_for_overriding_consent_is_for_the_holding_group_and_the_dpo_only_and_never_in_the_audit_log()
    {
        var held = await ChildAsync(withCsaRecord: true);
        (await RecordAsync("pat.practitioner", held, "Csa", "CONSENT_OVERRIDDEN", reason: Reason)).AssertOk();

        // nina, outside CSA, sees the part shared on the override, but not why.
        var nina = await ViewAsync("nina.neglect", held);
        Assert.True(Part(nina, "Csa")["shown"]!.GetValue<bool>());
        Assert.Equal("CONSENT_OVERRIDDEN", Part(nina, "Csa")["sharingBasis"]!["basis"]!.GetValue<string>());
        Assert.Null(Part(nina, "Csa")["sharingBasis"]!["reason"]);
        Assert.DoesNotContain("alleged abuser", nina.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        // pat, in CSA, sees it.
        Assert.Equal(Reason, Part(await ViewAsync("pat.practitioner", held), "Csa")["sharingBasis"]!["reason"]!.GetValue<string>());

        // The data protection officer reviews the bases with their reasons; nobody else may.
        const string Review = "query($b: SharingBasis) { sharingBasesForReview(basis: $b, first: 10) { totalCount nodes { subjectId module basis reason recordedBy } } }";
        var review = (await _host.As("dee.dpo").SendAsync(Review, new { b = "CONSENT_OVERRIDDEN" })).AssertOk().Data!["sharingBasesForReview"]!;
        var row = Assert.Single(review["nodes"]!.AsArray())!;
        Assert.Equal(Reason, row["reason"]!.GetValue<string>());
        Assert.Equal("pat.practitioner", row["recordedBy"]!.GetValue<string>());
        Assert.Equal(0, (await _host.As("dee.dpo").SendAsync(Review, new { b = "STATUTORY_GATEWAY" })).AssertOk().Data!["sharingBasesForReview"]!["totalCount"]!.GetValue<int>());
        foreach (var user in new[] { "alex.admin", "nina.neglect", "pat.practitioner", "sam.scrutineer" })
            (await _host.As(user).SendAsync(Review, new { b = (string?)null })).AssertError("FORBIDDEN");

        // The log says a basis was recorded and that the review was read, never why consent was overridden.
        var log = (await _host.As("dee.dpo").SendAsync("{ auditLog(first: 100) { nodes { action subjectId detail purpose } } }")).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Contains(log, a => a!["action"]!.GetValue<string>() == "sharing.basis.recorded" && a["detail"]!.GetValue<string>() == "Basis: ConsentOverridden");
        Assert.Contains(log, a => a!["action"]!.GetValue<string>() == "sharing.bases.read");
        Assert.DoesNotContain("alleged abuser", log.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_lookup_by_id_answers_the_same_for_an_unknown_id_and_a_child_that_is_not_the_callers()
    {
        var held = await ChildAsync(withCsaRecord: false);
        const string Lookup = "query($s: ID!) { subject(id: $s) { id } }";
        var unknown = Guid.NewGuid().ToString();

        var notMine = (await _host.As("dana.domesticabuse").SendAsync(Lookup, new { s = held })).AssertError("NOT_FOUND");
        var none = (await _host.As("dana.domesticabuse").SendAsync(Lookup, new { s = unknown })).AssertError("NOT_FOUND");
        Assert.Equal(none.FirstMessage!.Replace(unknown, "<id>", StringComparison.Ordinal), notMine.FirstMessage!.Replace(held, "<id>", StringComparison.Ordinal));
        Assert.Equal(none.Errors![0]!["extensions"]!.ToJsonString().Replace(unknown, "<id>", StringComparison.Ordinal),
            notMine.Errors![0]!["extensions"]!.ToJsonString().Replace(held, "<id>", StringComparison.Ordinal));
        (await _host.As("dana.domesticabuse").SendAsync("query($s: ID!, $p: String!) { subjectView(subjectId: $s, purpose: $p) { purpose } }", new { s = held, p = "Preparing the MARAC" }))
            .AssertError("NOT_FOUND");

        // The child's own group reads the record as before; a practitioner allocated to the child finds them too.
        (await _host.As("nina.neglect").SendAsync(Lookup, new { s = held })).AssertOk();
        (await _host.As("pat.practitioner").SendAsync(Lookup, new { s = held })).AssertOk();
        await _host.AllocateAsync(held, "dana.domesticabuse", "Neglect");
        (await _host.As("dana.domesticabuse").SendAsync(Lookup, new { s = held })).AssertOk();

        // The refused lookup of a registered child is in the data protection officer's log.
        var refused = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLog(subjectId: $s, action: \"subject.lookup.refused\") { nodes { actor allowed } } }", new { s = held }))
            .AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(2, refused.Count); // subject(id:) and subjectView
        Assert.All(refused, r => Assert.Equal("dana.domesticabuse", r!["actor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_schools_key_adult_may_not_record_routine_enquiries()
    {
        const string Enquiry = "mutation($i: RoutineEnquiryInput!) { recordRoutineEnquiry(input: $i) { agency } }";
        var input = new { i = new { asked = true, disclosed = false, supportOffered = false } };
        var refused = (await _host.As("kim.keyadult").SendAsync(Enquiry, input)).AssertError("FORBIDDEN");
        Assert.Contains("key adult", refused.FirstMessage, StringComparison.Ordinal);
        Assert.Equal("First Light", (await _host.As("dana.domesticabuse").SendAsync(Enquiry, input)).AssertOk().Data!["recordRoutineEnquiry"]!["agency"]!.GetValue<string>());
        (await _host.As("nina.neglect").SendAsync(Enquiry, input)).AssertOk(); // routine enquiry is made in every agency
    }
}
