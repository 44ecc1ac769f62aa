using Safeguarding.Host.Platform.Relationships;
using Safeguarding.Host.Platform;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Relationships;

/// <summary>
/// A practitioner reads a child's identity and cross-module detail only with a legitimate relationship. In the demo
/// partnership nina.neglect (Livewell Southwest) and pat.practitioner (Plymouth City Council) are in the Neglect working
/// group, morgan.manager (Plymouth City Council) manages it, adam.adolescents is in another group, dee.dpo is the data
/// protection officer.
/// </summary>
public sealed class ChildAccessTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Identity = "query($s: ID!) { subject(id: $s) { identity(purpose: \"Child protection conference\") { name } } }";
    private const string View = "query($s: ID!) { subjectView(subjectId: $s, purpose: \"Strategy discussion\") { subject { neglect { id } } parts { module shown note } } }";
    private const string Allocate = "mutation($s: ID!, $p: String!, $m: String!) { allocatePractitioner(subjectId: $s, practitioner: $p, module: $m) { id kind practitioner module current } }";
    private const string Grant = "mutation($s: ID!, $p: String!, $r: String!, $u: DateOnly!) { grantChildAccess(subjectId: $s, practitioner: $p, module: \"Neglect\", reason: $r, until: $u) { id kind until current } }";
    private const string End = "mutation($a: ID!, $r: String!) { endChildAccess(access: $a, reason: $r) { id endedBy endReason current } }";
    private const string Sealed = "mutation($s: ID!, $r: String!) { openSealedAccess(subjectId: $s, reason: $r) { id kind from until current } }";
    private const string Review = "mutation($a: ID!, $o: SealedAccessOutcome!, $n: String!) { reviewSealedAccess(access: $a, outcome: $o, note: $n) { id reviewOutcome reviewNote reviewedBy } }";

    private static string Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime).ToString("yyyy-MM-dd");

    private async Task<string> RegisterAsync(string user, string name = "Example Child")
    {
        var id = (await _host.As(user).SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name, dateOfBirth = "2019-05-04" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        return id;
    }

    private Task<GraphQLResponse> StartAssessmentAsync(string user, string subject) =>
        _host.As(user).SendAsync("mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
            new { i = new { subjectId = subject, templateVersion = 1, observedOn = Today } });

    private Task<GraphQLResponse> IdentityAsync(string user, string subject) => _host.As(user).SendAsync(Identity, new { s = subject });

    private async Task<JsonNode> NeglectPartAsync(string user, string subject) =>
        (await _host.As(user).SendAsync(View, new { s = subject })).AssertOk().Data!["subjectView"]!["parts"]!.AsArray()
            .Single(p => p!["module"]!.GetValue<string>() == "Neglect")!;

    private async Task<JsonArray> AuditAsync(string subject, string action) =>
        (await _host.As("dee.dpo").SendAsync("query($s: String, $a: String) { auditLog(subjectId: $s, action: $a, first: 100) { nodes { actor allowed detail purpose } } }",
            new { s = subject, a = action })).AssertOk().Data!["auditLog"]!["nodes"]!.AsArray();

    [Fact]
    public async Task Recording_an_item_about_a_child_gives_no_identity_the_registering_practitioner_is_allocated()
    {
        var child = await RegisterAsync("nina.neglect");
        Assert.Equal("Example Child", (await IdentityAsync("nina.neglect", child)).AssertOk().Data!["subject"]!["identity"]!["name"]!.GetValue<string>());

        // Another member of the same group records an item about the child: stored, and in the group's own lists...
        (await StartAssessmentAsync("pat.practitioner", child)).AssertOk();
        var mine = (await _host.As("pat.practitioner").SendAsync("query($s: ID!) { subject(id: $s) { neglect { id } } }", new { s = child })).AssertOk();
        Assert.Single(mine.Data!["subject"]!["neglect"]!.AsArray());
        // ...but it opens neither the identity nor the child's cross-module detail.
        var refused = (await IdentityAsync("pat.practitioner", child)).AssertError("FORBIDDEN");
        Assert.Contains("allocate", refused.FirstMessage);
        Assert.Contains("grant", refused.FirstMessage);
        Assert.Contains("sealed access", refused.FirstMessage);
        var part = await NeglectPartAsync("pat.practitioner", child);
        Assert.False(part["shown"]!.GetValue<bool>());
        Assert.Contains("no relationship", part["note"]!.GetValue<string>());
        Assert.True((await NeglectPartAsync("nina.neglect", child))["shown"]!.GetValue<bool>());

        var reads = await AuditAsync(child, "identity.read");
        Assert.Contains(reads, r => r!["actor"]!.GetValue<string>() == "pat.practitioner" && !r["allowed"]!.GetValue<bool>()
                                    && r["detail"]!.GetValue<string>().Contains("no legitimate relationship"));
        Assert.Contains(reads, r => r!["actor"]!.GetValue<string>() == "nina.neglect" && r["allowed"]!.GetValue<bool>()
                                    && r["detail"]!.GetValue<string>() == "Relationship: Allocated (Neglect)");
    }

    [Fact]
    public async Task A_manager_allocates_and_grants_and_an_ended_access_closes_the_record_again()
    {
        var child = await RegisterAsync("nina.neglect");

        // Only a manager of the group allocates; a member is refused and nothing is written.
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "nina.neglect", Allocate, new { s = child, p = "pat.practitioner", m = "Neglect" }, "FORBIDDEN");
        // A manager gives access to what the group holds: Csa holds nothing on this child.
        (await _host.As("morgan.manager").SendAsync(Allocate, new { s = child, p = "pat.practitioner", m = "Csa" })).AssertError("FORBIDDEN");
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "morgan.manager", Allocate, new { s = child, p = " ", m = "Neglect" }, "VALIDATION", "practitioner");

        var allocation = (await _host.As("morgan.manager").SendAsync(Allocate, new { s = child, p = "pat.practitioner", m = "Neglect" })).AssertOk().Data!["allocatePractitioner"]!;
        Assert.Equal("ALLOCATED", allocation["kind"]!.GetValue<string>());
        Assert.True(allocation["current"]!.GetValue<bool>());
        (await IdentityAsync("pat.practitioner", child)).AssertOk();
        Assert.True((await NeglectPartAsync("pat.practitioner", child))["shown"]!.GetValue<bool>());

        var list = (await _host.As("pat.practitioner").SendAsync("query($s: ID!) { childAccess(subjectId: $s) { practitioner kind recordedBy current } }", new { s = child }))
            .AssertOk().Data!["childAccess"]!.AsArray();
        Assert.Equal(["nina.neglect|ALLOCATED|nina.neglect", "pat.practitioner|ALLOCATED|morgan.manager"],
            list.Select(a => $"{a!["practitioner"]}|{a["kind"]}|{a["recordedBy"]}").Order(StringComparer.Ordinal).ToArray());
        (await _host.As("adam.adolescents").SendAsync("query($s: ID!) { childAccess(subjectId: $s) { id } }", new { s = child })).AssertError("FORBIDDEN");

        // Ending needs a reason in words; then the record is closed to pat again; an access ends once.
        var id = allocation["id"]!.GetValue<string>();
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "morgan.manager", End, new { a = id, r = "x" }, "VALIDATION", "reason");
        var ended = (await _host.As("morgan.manager").SendAsync(End, new { a = id, r = "Case transferred to the locality team" })).AssertOk().Data!["endChildAccess"]!;
        Assert.False(ended["current"]!.GetValue<bool>());
        Assert.Equal("morgan.manager", ended["endedBy"]!.GetValue<string>());
        (await IdentityAsync("pat.practitioner", child)).AssertError("FORBIDDEN");
        (await _host.As("morgan.manager").SendAsync(End, new { a = id, r = "Case transferred to the locality team" })).AssertError("CONFLICT");

        // A grant has a reason and an end day.
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "morgan.manager", Grant, new { s = child, p = "pat.practitioner", r = "....", u = Today }, "VALIDATION", "reason");
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "morgan.manager", Grant,
            new { s = child, p = "pat.practitioner", r = "Covering the allocated worker's leave", u = "2020-01-01" }, "VALIDATION", "until");
        var grant = (await _host.As("morgan.manager").SendAsync(Grant, new { s = child, p = "pat.practitioner", r = "Covering the allocated worker's leave", u = Today }))
            .AssertOk().Data!["grantChildAccess"]!;
        Assert.Equal("GRANTED", grant["kind"]!.GetValue<string>());
        Assert.NotNull(grant["until"]);
        (await IdentityAsync("pat.practitioner", child)).AssertOk();

        var audit = await AuditAsync(child, "child-access.granted");
        Assert.Single(audit);
        Assert.Equal("morgan.manager", audit[0]!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_colleagues_open_record_is_the_agencys_relationship_and_ones_own_entry_is_not()
    {
        var child = await RegisterAsync("nina.neglect");
        // morgan.manager (Plymouth City Council) records an assessment; he has no relationship of his own with the child.
        (await StartAssessmentAsync("morgan.manager", child)).AssertOk();
        (await IdentityAsync("morgan.manager", child)).AssertError("FORBIDDEN");
        // pat.practitioner, of the same council, now has one: her agency holds an open record on the child.
        (await IdentityAsync("pat.practitioner", child)).AssertOk();
        var reads = await AuditAsync(child, "identity.read");
        Assert.Contains(reads, r => r!["actor"]!.GetValue<string>() == "pat.practitioner" && r["detail"]!.GetValue<string>() == "Relationship: Agency (Neglect)");
    }

    [Fact]
    public async Task Sealed_access_opens_the_record_at_once_every_read_is_marked_and_the_data_protection_officer_reviews_it()
    {
        var child = await RegisterAsync("nina.neglect");
        (await IdentityAsync("pat.practitioner", child)).AssertError("FORBIDDEN");

        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "pat.practitioner", Sealed, new { s = child, r = "   " }, "VALIDATION", "reason");
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "pat.practitioner", Sealed, new { s = child, r = "asdfghjkl" }, "VALIDATION", "reason");
        // Sealed access opens what a group of yours holds, nothing more.
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "adam.adolescents", Sealed,
            new { s = child, r = "Found at the station late at night" }, "FORBIDDEN");
        // Who already has a relationship does not need it.
        (await _host.As("nina.neglect").SendAsync(Sealed, new { s = child, r = "Emergency department called about the child" })).AssertError("CONFLICT");

        var opened = (await _host.As("pat.practitioner").SendAsync(Sealed, new { s = child, r = "Emergency department called about the child tonight" }))
            .AssertOk().Data!["openSealedAccess"]!;
        Assert.Equal("SEALED", opened["kind"]!.GetValue<string>());
        Assert.Equal(TimeSpan.FromHours(4), DateTimeOffset.Parse(opened["until"]!.GetValue<string>()) - DateTimeOffset.Parse(opened["from"]!.GetValue<string>()));
        (await IdentityAsync("pat.practitioner", child)).AssertOk();
        Assert.True((await NeglectPartAsync("pat.practitioner", child))["shown"]!.GetValue<bool>());
        var id = opened["id"]!.GetValue<string>();
        var reads = await AuditAsync(child, "identity.read");
        Assert.Contains(reads, r => r!["actor"]!.GetValue<string>() == "pat.practitioner" && r["allowed"]!.GetValue<bool>() && r["detail"]!.GetValue<string>() == $"Sealed access {id}");
        var parts = await AuditAsync(child, "subject.part.read");
        Assert.Contains(parts, r => r!["actor"]!.GetValue<string>() == "pat.practitioner" && r["detail"]!.GetValue<string>() == $"Sealed access {id}");

        // The data protection officer's queue; nobody else's.
        const string Queue = "query($r: Boolean) { sealedAccesses(reviewed: $r, first: 10) { totalCount nodes { id practitioner reason reviewOutcome } } }";
        var waiting = (await _host.As("dee.dpo").SendAsync(Queue, new { r = false })).AssertOk().Data!["sealedAccesses"]!["nodes"]!.AsArray();
        var item = Assert.Single(waiting);
        Assert.Equal("Emergency department called about the child tonight", item!["reason"]!.GetValue<string>());
        (await _host.As("alex.admin").SendAsync(Queue, new { r = false })).AssertError("FORBIDDEN");
        (await _host.As("morgan.manager").SendAsync(Queue, new { r = false })).AssertError("FORBIDDEN");
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "pat.practitioner", Review, new { a = id, o = "JUSTIFIED", n = "Fine by me" }, "FORBIDDEN");
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "dee.dpo", Review, new { a = id, o = "JUSTIFIED", n = "" }, "VALIDATION", "note");

        var reviewed = (await _host.As("dee.dpo").SendAsync(Review, new { a = id, o = "JUSTIFIED", n = "Out of hours emergency, confirmed with the duty manager" }))
            .AssertOk().Data!["reviewSealedAccess"]!;
        Assert.Equal("JUSTIFIED", reviewed["reviewOutcome"]!.GetValue<string>());
        Assert.Equal("dee.dpo", reviewed["reviewedBy"]!.GetValue<string>());
        (await _host.As("dee.dpo").SendAsync(Review, new { a = id, o = "NOT_JUSTIFIED", n = "Changed my mind about it" })).AssertError("CONFLICT");
        Assert.Empty((await _host.As("dee.dpo").SendAsync(Queue, new { r = false })).AssertOk().Data!["sealedAccesses"]!["nodes"]!.AsArray());
        Assert.Single((await _host.As("dee.dpo").SendAsync(Queue, new { r = true })).AssertOk().Data!["sealedAccesses"]!["nodes"]!.AsArray());

        // The practitioner closes it when the emergency is over; the record is closed to them again.
        (await _host.As("pat.practitioner").SendAsync(End, new { a = id, r = "The emergency is over now" })).AssertOk();
        (await IdentityAsync("pat.practitioner", child)).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task A_child_registered_before_relationships_is_allocated_once_to_the_practitioner_who_registered_them()
    {
        var child = await RegisterAsync("nina.neglect");
        var other = await RegisterAsync("nina.neglect", "Another Child");
        // As the registry held them before relationships: no access row at all.
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            return await db.ChildAccesses.Where(a => a.SubjectId == Guid.Parse(child)).ExecuteDeleteAsync();
        });
        (await IdentityAsync("nina.neglect", child)).AssertError("FORBIDDEN");

        var allocated = await _host.ScopedAsync(sp => sp.GetRequiredService<EarlierRegistrants>().AllocateAsync(CancellationToken.None));
        Assert.Equal(1, allocated); // the child registered since keeps its own allocation and gets no other
        Assert.Equal("Example Child", (await IdentityAsync("nina.neglect", child)).AssertOk().Data!["subject"]!["identity"]!["name"]!.GetValue<string>());
        (await IdentityAsync("pat.practitioner", child)).AssertError("FORBIDDEN"); // only the registrant
        var accesses = (await _host.As("morgan.manager").SendAsync("query($s: ID!) { childAccess(subjectId: $s) { kind practitioner module current } }", new { s = child }))
            .AssertOk().Data!["childAccess"]!.AsArray();
        var access = Assert.Single(accesses)!;
        Assert.Equal(("ALLOCATED", "nina.neglect", "Neglect", true),
            (access["kind"]!.GetValue<string>(), access["practitioner"]!.GetValue<string>(), access["module"]!.GetValue<string>(), access["current"]!.GetValue<bool>()));

        // Once done it finds nothing: an access ended later is not replaced by a new allocation.
        Assert.Equal(0, await _host.ScopedAsync(sp => sp.GetRequiredService<EarlierRegistrants>().AllocateAsync(CancellationToken.None)));
        Assert.NotEqual(child, other);
    }
}
