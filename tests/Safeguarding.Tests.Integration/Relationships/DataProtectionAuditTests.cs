using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Relationships;

/// <summary>
/// The data protection officer reads the audit log, searched by person, user, purpose, date and action, and exports it
/// as CSV; administrators read only the entries about the partnership's administration; nobody else reads it.
/// </summary>
public sealed class DataProtectionAuditTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Search = """
        query($s: String, $u: String, $p: String, $f: DateOnly, $t: DateOnly, $a: String) {
          auditLog(subjectId: $s, actor: $u, purposeContains: $p, from: $f, to: $t, action: $a, first: 100) { totalCount nodes { actor action subjectId purpose } } }
        """;

    private static string Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime).ToString("yyyy-MM-dd");

    private async Task<string> ChildReadTwiceAsync()
    {
        var nina = _host.As("nina.neglect");
        var child = (await nina.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Audited Child", dateOfBirth = "2018-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        foreach (var purpose in new[] { "Strategy discussion", "Core group meeting" })
            (await nina.SendAsync($"query($s: ID!) {{ subject(id: $s) {{ identity(purpose: \"{purpose}\") {{ name }} }} }}", new { s = child })).AssertOk();
        (await _host.As("pat.practitioner").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Curious about the child\") { name } } }", new { s = child }))
            .AssertError("FORBIDDEN");
        return child;
    }

    [Fact]
    public async Task The_data_protection_officer_searches_by_person_user_purpose_date_and_action()
    {
        var child = await ChildReadTwiceAsync();
        var dee = _host.As("dee.dpo");

        async Task<List<string>> FindAsync(object variables) =>
            (await dee.SendAsync(Search, variables)).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray()
                .Select(n => $"{n!["actor"]}|{n["action"]}|{n["purpose"]}").ToList();

        Assert.Equal(4, (await FindAsync(new { s = child })).Count); // registered, two reads, one refusal
        Assert.Equal(["pat.practitioner|identity.read|Curious about the child"], await FindAsync(new { s = child, u = "pat.practitioner" }));
        Assert.Equal(["nina.neglect|identity.read|Core group meeting"], await FindAsync(new { s = child, p = "CORE GROUP" }));
        Assert.Equal(3, (await FindAsync(new { s = child, a = "identity.read", f = Today, t = Today })).Count);
        Assert.Empty(await FindAsync(new { s = child, f = "2020-01-01", t = "2020-12-31" }));
        (await dee.SendAsync(Search, new { f = Today, t = "2020-01-01" })).AssertError("VALIDATION");

        // Read-only: the data protection officer changes no record.
        (await dee.SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: false, reason: \"Trying it out\") { enabled } }")).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task Administrators_read_only_the_administrations_entries_and_practitioners_and_the_scrutineer_none()
    {
        var child = await ChildReadTwiceAsync();
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Csa\", enabled: false, reason: \"Checking the records\") { enabled } }")).AssertOk();

        var admin = (await _host.As("alex.admin").SendAsync(Search, new { })).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Contains(admin, n => n!["action"]!.GetValue<string>() == "module.toggled");
        Assert.All(admin, n => Assert.Null(n!["subjectId"]));
        Assert.Empty((await _host.As("alex.admin").SendAsync(Search, new { s = child })).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray());

        foreach (var user in new[] { "sam.scrutineer", "nina.neglect", "morgan.manager" })
            (await _host.As(user).SendAsync(Search, new { s = child })).AssertError("FORBIDDEN");
        (await _host.As("alex.admin").SendAsync("{ auditLogCsv }")).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task The_export_is_csv_of_what_the_search_finds_and_is_itself_audited()
    {
        var child = await ChildReadTwiceAsync();
        var csv = (await _host.As("dee.dpo").SendAsync("query($s: String) { auditLogCsv(subjectId: $s, action: \"identity.read\") }", new { s = child }))
            .AssertOk().Data!["auditLogCsv"]!.GetValue<string>();
        var lines = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,actor,action,subject_id,field,purpose,module,allowed,detail", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains(",pat.practitioner,identity.read," + child) && l.Contains(",false,"));
        Assert.Contains(lines, l => l.Contains(",nina.neglect,identity.read," + child) && l.Contains("Core group meeting"));

        var exported = (await _host.As("dee.dpo").SendAsync(Search, new { a = "audit-log.exported" })).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal("dee.dpo", Assert.Single(exported)!["actor"]!.GetValue<string>());
    }
}
