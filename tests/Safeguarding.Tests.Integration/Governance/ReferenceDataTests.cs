using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>
/// The partnership's agencies and education settings are reference data: names unique whatever their letter case and
/// spacing, renamed and retired by administrators (retired: kept for history, refused for new records), and every agency
/// a record names is one of the partnership's.
/// </summary>
public sealed class ReferenceDataTests : IClassFixture<ReferenceDataTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public ReferenceDataTests(Host host) => _host = host.Partnership;

    private const string AddPartner = "mutation($i: AddPartnerInput!) { addPartner(input: $i) { id name } }";
    private const string Rename = "mutation($id: ID!, $n: String!) { renamePartner(partnerId: $id, name: $n) { id name } }";
    private const string Retire = "mutation($id: ID!) { retirePartner(partnerId: $id) { id name retiredOn } }";
    private const string RecordNotice = "mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome noticeId problems { field message } } }";
    private const string Missing = "mutation($i: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $i) { id reportingAgency } }";

    private static string Ago(TimeSpan span) => DateTimeOffset.UtcNow.Subtract(span).ToString("O");

    private async Task<string> PartnerIdAsync(string name) =>
        (await _host.As("alex.admin").SendAsync("{ partners(includeRetired: true) { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

    private async Task<string> RegisterAsync(string user, string module, string name) =>
        (await _host.As(user).SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module, name, dateOfBirth = "2011-04-05" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

    private static object Notice(string reference, string child, string? agency) => new
    {
        policeReference = reference, reportingAgency = agency, incidentAt = Ago(TimeSpan.FromHours(6)), locationArea = "Devonport", children = new[] { child },
        adults = new[] { new { role = "VICTIM", personReference = "P-" + reference, name = "Example Adult", dateOfBirth = "1990-05-01" } },
    };

    [Fact]
    public async Task A_partner_whose_name_differs_only_in_letter_case_is_refused_and_agencies_named_in_any_case_still_work()
    {
        var before = await _host.WholeDatabaseFingerprintAsync();
        var refused = (await _host.As("alex.admin").SendAsync(AddPartner, new { i = new { name = "  barnardo’s ", kind = "RELEVANT_AGENCY", sector = "Voluntary sector" } }))
            .AssertError("CONFLICT");
        Assert.Contains("Barnardo's", refused.FirstMessage);
        Assert.Equal(before, await _host.WholeDatabaseFingerprintAsync());

        // Adolescents: an agency named in any letter case is stored as the partnership spells it.
        var young = await RegisterAsync("adam.adolescents", "Adolescents", "Reference Young Person");
        var episode = (await _host.As("adam.adolescents").SendAsync(Missing, new { i = new { subjectId = young, wentMissingAt = Ago(TimeSpan.FromHours(3)), reportingAgency = "BARNARDO'S" } }))
            .AssertOk().Data!["recordMissingEpisode"]!;
        Assert.Equal("Barnardo's", episode["reportingAgency"]!.GetValue<string>());

        // Domestic Abuse: a notice's reporting agency must be one of the partnership's.
        var child = await RegisterAsync("dana.domesticabuse", "DomesticAbuse", "Reference Child");
        var dana = _host.As("dana.domesticabuse");
        var rejected = (await dana.SendAsync(RecordNotice, new { i = Notice("PPN-REF-1", child, "Not An Agency Of Ours") })).AssertError("VALIDATION");
        Assert.Equal("reportingAgency", rejected.Errors![0]!["extensions"]!["problems"]![0]!["field"]!.GetValue<string>());
        var stored = (await dana.SendAsync(RecordNotice, new { i = Notice("PPN-REF-2", child, "devon and cornwall POLICE") })).AssertOk().Data!["recordProtectionNotice"]!;
        Assert.Equal("STORED", stored["outcome"]!.GetValue<string>());
        var notice = (await dana.SendAsync("query($id: ID!) { protectionNotice(id: $id) { reportingAgency } }", new { id = stored["noticeId"]!.GetValue<string>() })).AssertOk();
        Assert.Equal("Devon and Cornwall Police", notice.Data!["protectionNotice"]!["reportingAgency"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_administrator_renames_a_partner_and_the_modules_follow()
    {
        var admin = _host.As("alex.admin");
        var id = (await admin.SendAsync(AddPartner, new { i = new { name = "Example Youth Trust", kind = "RELEVANT_AGENCY", sector = "Voluntary sector" } }))
            .AssertOk().Data!["addPartner"]!["id"]!.GetValue<string>();
        (await _host.As("gina.governance").SendAsync(Rename, new { id, n = "Example Youth Charity" })).AssertError("FORBIDDEN");
        (await admin.SendAsync(Rename, new { id, n = "nspcc" })).AssertError("CONFLICT");
        (await admin.SendAsync(Rename, new { id, n = "   " })).AssertError("VALIDATION");
        var renamed = (await admin.SendAsync(Rename, new { id, n = "  Example Youth  Charity " })).AssertOk().Data!["renamePartner"]!;
        Assert.Equal("Example Youth Charity", renamed["name"]!.GetValue<string>());

        var young = await RegisterAsync("adam.adolescents", "Adolescents", "Renamed Young Person");
        var adam = _host.As("adam.adolescents");
        await PartnershipHost.EventuallyAsync("Adolescents to accept the new name once Governance's PartnerRenamed reaches it",
            () => adam.SendAsync(Missing, new { i = new { subjectId = young, wentMissingAt = Ago(TimeSpan.FromHours(2)), reportingAgency = "example youth charity" } }),
            answer => answer.Errors is null);
        var old = (await adam.SendAsync(Missing, new { i = new { subjectId = await RegisterAsync("adam.adolescents", "Adolescents", "Old Name Young Person"),
            wentMissingAt = Ago(TimeSpan.FromHours(2)), reportingAgency = "Example Youth Trust" } })).AssertError("VALIDATION");
        Assert.Contains("not one of the partnership's agencies", old.FirstMessage);
    }

    [Fact]
    public async Task A_retired_partner_is_kept_for_history_and_refused_for_new_records()
    {
        var admin = _host.As("alex.admin");
        var firstLight = await PartnerIdAsync("First Light");
        var retired = (await admin.SendAsync(Retire, new { id = firstLight })).AssertOk().Data!["retirePartner"]!;
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), retired["retiredOn"]!.GetValue<string>());
        (await admin.SendAsync(Retire, new { id = firstLight })).AssertError("CONFLICT");
        (await admin.SendAsync(Rename, new { id = firstLight, n = "First Light Again" })).AssertError("CONFLICT");

        var current = (await admin.SendAsync("{ partners { name } }")).AssertOk().Data!["partners"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        Assert.DoesNotContain("First Light", current);
        Assert.Contains("First Light", (await admin.SendAsync("{ partners(includeRetired: true) { name } }")).AssertOk().Data!["partners"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));

        // Governance refuses it as an action's owner.
        var body = (await admin.SendAsync("{ partnershipBodies { id } }")).AssertOk().Data!["partnershipBodies"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var refusal = (await _host.As("gina.governance").SendAsync("mutation($i: CreateActionInput!) { createAction(input: $i) { id } }",
            new { i = new { bodyId = body, ownerPartnerId = firstLight, title = "Owned by a retired agency", dueDate = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd") } }))
            .AssertError("VALIDATION");
        Assert.Equal("ownerPartnerId", refusal.Errors![0]!["extensions"]!["problems"]![0]!["field"]!.GetValue<string>());

        // Domestic Abuse refuses it as a notice's reporting agency once the retirement reaches it.
        var child = await RegisterAsync("dana.domesticabuse", "DomesticAbuse", "Retired Agency Child");
        var dana = _host.As("dana.domesticabuse");
        var n = 0;
        var refused = await PartnershipHost.EventuallyAsync("Domestic Abuse to refuse a retired agency once Governance's PartnerRetired reaches it",
            () => dana.SendAsync(RecordNotice, new { i = Notice($"PPN-RETIRED-{n++}", child, "First Light") }),
            answer => answer.FirstCode == "VALIDATION");
        Assert.Contains("left the partnership", refused.FirstMessage);
    }

    [Fact]
    public async Task Education_settings_are_unique_ignoring_case_and_can_be_renamed_and_retired()
    {
        var admin = _host.As("alex.admin");
        const string Record = "mutation($i: EducationSettingInput!) { recordEducationSetting(input: $i) { id name } }";
        (await admin.SendAsync(Record, new { i = new { name = "example PRIMARY school (demo)", phase = "PRIMARY", subscribedToEncompass = true, keyAdult = "DSL" } })).AssertError("CONFLICT");
        var id = (await admin.SendAsync(Record, new { i = new { name = "Example Closing School", phase = "PRIMARY", subscribedToEncompass = true, keyAdult = "DSL" } }))
            .AssertOk().Data!["recordEducationSetting"]!["id"]!.GetValue<string>();
        (await admin.SendAsync("mutation($id: ID!, $n: String!) { renameEducationSetting(settingId: $id, name: $n) { id } }", new { id, n = "EXAMPLE SECONDARY SCHOOL (DEMO)" })).AssertError("CONFLICT");
        var renamed = (await admin.SendAsync("mutation($id: ID!, $n: String!) { renameEducationSetting(settingId: $id, name: $n) { name } }", new { id, n = "Example Closed School" })).AssertOk();
        Assert.Equal("Example Closed School", renamed.Data!["renameEducationSetting"]!["name"]!.GetValue<string>());

        (await admin.SendAsync("mutation($id: ID!) { retireEducationSetting(settingId: $id) { retiredOn } }", new { id })).AssertOk();
        var dana = _host.As("dana.domesticabuse");
        var child = await RegisterAsync("dana.domesticabuse", "DomesticAbuse", "Closed School Child");
        var link = (await dana.SendAsync("mutation($s: ID!, $t: ID!) { linkChildToSetting(subjectId: $s, settingId: $t) { id } }", new { s = child, t = id })).AssertError("VALIDATION");
        Assert.Contains("retired", link.FirstMessage);
        var listed = (await dana.SendAsync("{ educationSettings { id } }")).AssertOk().Data!["educationSettings"]!.AsArray().Select(s => s!["id"]!.GetValue<string>());
        Assert.DoesNotContain(id, listed);
        Assert.Contains(id, (await dana.SendAsync("{ educationSettings(includeRetired: true) { id } }")).AssertOk().Data!["educationSettings"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(1, await _host.ScopedAsync(sp => sp.GetRequiredService<DomesticAbuseDbContext>().Settings.CountAsync(s => s.NameKey == "EXAMPLE CLOSED SCHOOL")));
        Assert.NotEqual(Guid.Empty, DomesticAbuseDemoIds.ExamplePrimarySchool);
    }
}
