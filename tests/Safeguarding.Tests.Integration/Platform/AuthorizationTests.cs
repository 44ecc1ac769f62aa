using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

public sealed class AuthorizationTests : IClassFixture<AuthorizationTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public AuthorizationTests(Host host) => _host = host.Partnership;

    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
    private const string ReadIdentity = "query($id: ID!) { subject(id: $id) { id identity(purpose: \"Preparing the case conference\") { name dateOfBirth nhsNumber } } }";

    /// <summary>A child of the test's own: the tests share one host, and one NHS number would make them all one child.</summary>
    private async Task<string> RegisterChildAsync(string name = "Alfie Example", string? nhsNumber = null)
    {
        var response = (await _host.As("gina.governance").SendAsync(Register,
            new { i = new { module = "Governance", name, dateOfBirth = "2015-03-02", nhsNumber = nhsNumber ?? TestNhsNumbers.Next() } })).AssertOk();
        return response.Data!["registerSubject"]!["id"]!.GetValue<string>();
    }

    private Task<List<AuditRecord>> AuditAsync(string subjectId) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking().Where(a => a.SubjectId == subjectId && a.Action == "identity.read").ToListAsync());

    [Fact]
    public async Task Without_a_token_the_endpoint_answers_401()
    {
        var response = await _host.Anonymous().SendAsync("{ modules { name } }");
        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var other = new PartnershipHost();
        var forged = other.TokenFor("alex.admin");
        var response = await new GraphQLClient(_host.CreateClient(), forged).SendAsync("{ modules { name } }");
        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task A_member_of_the_holding_working_group_reads_the_identity_and_the_read_is_audited()
    {
        var id = await RegisterChildAsync(nhsNumber: "943 476 5919");
        var read = (await _host.As("gina.governance").SendAsync(ReadIdentity, new { id })).AssertOk();
        Assert.Equal("Alfie Example", read.Data!["subject"]!["identity"]!["name"]!.GetValue<string>());
        Assert.Equal("9434765919", read.Data!["subject"]!["identity"]!["nhsNumber"]!.GetValue<string>());

        var audit = Assert.Single(await AuditAsync(id));
        Assert.Equal("gina.governance", audit.Actor);
        Assert.Equal("identity", audit.Field);
        Assert.Equal("Preparing the case conference", audit.Purpose);
        Assert.True(audit.Allowed);
        Assert.Equal("Governance", audit.Module);
    }

    [Theory]
    [InlineData("nina.neglect", "NOT_FOUND")]   // a practitioner outside the Governance group: not told the child is held
    [InlineData("sam.scrutineer", "FORBIDDEN")] // the scrutineer, anywhere
    [InlineData("alex.admin", "FORBIDDEN")]     // administrators manage modules, not children
    public async Task Others_cannot_read_the_identity_and_the_refusal_is_audited(string user, string code)
    {
        var id = await RegisterChildAsync();
        var response = await _host.As(user).SendAsync(ReadIdentity, new { id });
        Assert.Equal(code, response.FirstCode);
        Assert.DoesNotContain("Alfie", response.Body!.ToJsonString());
        if (user == "nina.neglect")
        {
            var audit = Assert.Single(await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
                .Where(a => a.SubjectId == id && a.Action == "subject.lookup.refused").ToListAsync()));
            Assert.False(audit.Allowed);
            Assert.Equal(user, audit.Actor);
        }
    }

    [Fact]
    public async Task The_identity_is_encrypted_at_rest()
    {
        var id = await RegisterChildAsync("Zebedee Unusualname");
        var stored = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Subjects.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.DoesNotContain("Zebedee", stored.ProtectedIdentity);
        if (_host.Provider == Safeguarding.SharedKernel.Persistence.DatabaseProvider.Sqlite)
        {
            var file = await File.ReadAllBytesAsync(Path.Combine(_host.DataFolder, "platform.db"));
            Assert.DoesNotContain("Zebedee", System.Text.Encoding.UTF8.GetString(file));
        }
    }

    [Fact]
    public async Task Registering_a_child_needs_membership_of_the_module_and_valid_details()
    {
        (await _host.As("nina.neglect").SendAsync(Register, new { i = new { module = "Governance", name = "A", dateOfBirth = "2015-03-02" } })).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync(Register, new { i = new { module = "Governance", name = "A", dateOfBirth = "2015-03-02" } })).AssertError("FORBIDDEN");
        var before = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Subjects.CountAsync());
        var bad = (await _host.As("gina.governance").SendAsync(Register,
            new { i = new { module = "Governance", name = " ", dateOfBirth = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd"), nhsNumber = "1234567890" } })).AssertError("VALIDATION");
        var fields = bad.Errors![0]!["extensions"]!["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>()).ToArray();
        Assert.Equal(["name", "dateOfBirth", "nhsNumber"], fields);
        Assert.Equal(before, await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Subjects.CountAsync()));
    }

    [Fact]
    public async Task The_scrutineer_cannot_look_up_a_child_at_all()
    {
        var id = await RegisterChildAsync();
        (await _host.As("sam.scrutineer").SendAsync("query($id: ID!) { subject(id: $id) { id } }", new { id })).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task Working_group_mutations_refuse_other_practitioners_and_the_scrutineer()
    {
        var query = "mutation { completeAction(input: { actionId: \"" + Guid.NewGuid() + "\", evidence: \"x\" }) { id } }";
        (await _host.As("nina.neglect").SendAsync(query)).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync(query)).AssertError("FORBIDDEN");
        (await _host.As("alex.admin").SendAsync(query)).AssertError("FORBIDDEN");
        (await _host.As("gina.governance").SendAsync(query)).AssertError("NOT_FOUND");
    }

    [Fact]
    public async Task Only_administrators_read_the_audit_log()
    {
        (await _host.As("sam.scrutineer").SendAsync("{ auditLog { nodes { actor } } }")).AssertError("FORBIDDEN");
        (await _host.As("gina.governance").SendAsync("{ auditLog { nodes { actor } } }")).AssertError("FORBIDDEN");
        (await _host.As("alex.admin").SendAsync("{ auditLog { nodes { actor action } } }")).AssertOk();
    }
}
