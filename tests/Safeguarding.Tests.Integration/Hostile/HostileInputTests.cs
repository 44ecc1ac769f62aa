using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Auth;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Hostile;

/// <summary>
/// Every request in <see cref="HostileRequests"/> gets the status and error code it names, the host keeps answering,
/// and nothing anywhere in the databases changes.
/// </summary>
public sealed class HostileInputTests : IClassFixture<HostileInputTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public PartnershipHost Partnership { get; } = new();
        public HostileContext Context { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var admin = Partnership.As("alex.admin");
            var body = (await admin.SendAsync("{ partnershipBodies { id name } }")).AssertOk().Data!["partnershipBodies"]!.AsArray()
                .First(b => b!["name"]!.GetValue<string>() == "Quality Assurance Delivery Group")!["id"]!.GetValue<string>();
            var subject = (await Partnership.As("nina.neglect").SendAsync(
                    "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                    new { i = new { module = "Neglect", name = ChildName, dateOfBirth = "2019-05-04" } }))
                .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
            Context = new HostileContext(Partnership.TokenFor, () => Partnership.Services.GetRequiredService<AuthOptions>(), Partnership.SigningKey, body, subject);
            await QuietAsync();
        }

        /// <summary>Waits until seeding, sweeps and event delivery have settled, so a changed count means a write.</summary>
        private Task QuietAsync() =>
            Waits.UntilSteadyAsync("seeding, sweeps and event delivery to settle (row counts of every table)", Partnership.WholeDatabaseFingerprintAsync);

        public Task DisposeAsync()
        {
            Partnership.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>The one child the host holds: no refused request may answer with who they are.</summary>
    private const string ChildName = "Hostile Suite Child";

    private readonly Host _host;
    public HostileInputTests(Host host) => _host = host;

    [Fact]
    public void The_catalogue_holds_at_least_a_hundred_distinct_requests()
    {
        Assert.True(HostileRequests.All.Count >= 100, $"only {HostileRequests.All.Count}");
        Assert.Equal(HostileRequests.All.Count, HostileRequests.All.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(HostileRequests.Names), MemberType = typeof(HostileRequests))]
    public async Task A_hostile_request_is_refused_with_a_code_and_changes_nothing(string name)
    {
        var hostile = HostileRequests.All.Single(r => r.Name == name);
        var partnership = _host.Partnership;
        var before = await partnership.WholeDatabaseFingerprintAsync();

        using var request = hostile.Build(_host.Context);
        var response = await partnership.Anonymous().SendRawAsync(request);

        Assert.True(hostile.Status == response.Status, $"{name}: expected {hostile.Status}, got {response.Status}: {Shorten(response)}");
        if (hostile.Code.Length > 0)
        {
            Assert.True(hostile.Code == response.FirstCode, $"{name}: expected {hostile.Code}, got {response.FirstCode}: {Shorten(response)}");
            Assert.False(string.IsNullOrWhiteSpace(response.FirstMessage));
            Assert.DoesNotContain(ChildName, response.Body?.ToJsonString() ?? "");
        }
        Assert.Equal(before, await partnership.WholeDatabaseFingerprintAsync());
        (await partnership.As("alex.admin").SendAsync("{ modules { name } }")).AssertOk();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_required_field_left_out_or_null_is_refused_by_its_name(bool sentAsNull)
    {
        const string create = "mutation($i: CreateActionInput!) { createAction(input: $i) { id } }";
        object input = sentAsNull
            ? new { bodyId = _host.Context.BodyId, ownerPartnerId = "p", title = (string?)null, dueDate = "2030-01-01" }
            : new { bodyId = _host.Context.BodyId, ownerPartnerId = "p", dueDate = "2030-01-01" };
        var refused = (await _host.Partnership.As("gina.governance").SendAsync(create, new { i = input })).AssertError("INVALID_VALUE");
        Assert.Equal("Variable '$i.title' is invalid. title is required: give it a value, not null and not left out.", refused.FirstMessage);
    }

    [Fact]
    public async Task Printable_hostile_text_is_stored_as_text_and_never_executed()
    {
        const string name = "Robert'); DROP TABLE partners;-- <script>alert(1)</script>";
        var admin = _host.Partnership.As("alex.admin");
        (await admin.SendAsync("mutation($i: AddPartnerInput!) { addPartner(input: $i) { id } }",
            new { i = new { name, kind = "RELEVANT_AGENCY", sector = "Community" } })).AssertOk();
        var partners = (await admin.SendAsync("{ partners { name } }")).AssertOk().Data!["partners"]!.AsArray();
        Assert.Contains(partners, p => p!["name"]!.GetValue<string>() == name);
        Assert.True(partners.Count > 33);
    }

    private static string Shorten(GraphQLResponse response)
    {
        var text = response.Body?.ToJsonString() ?? "(no body)";
        return text.Length > 400 ? text[..400] + "…" : text;
    }
}
