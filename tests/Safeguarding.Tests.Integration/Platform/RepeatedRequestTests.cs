using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Partners;
using Safeguarding.Host.GraphQL;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// What the request path keeps between requests so that a client repeating itself costs less: a document validated once
/// (<c>ValidatedDocuments</c>), a bearer token checked once (<c>ValidatedBearerTokens</c>), and the partnership's agencies
/// (<c>ReferenceData</c>). None of it may change an answer: what depends on the request is still checked every time, and
/// a change to the agencies is seen by the next request.
/// </summary>
public sealed class RepeatedRequestTests : IClassFixture<RepeatedRequestTests.Host>
{
    public sealed class Host : IDisposable
    {
        // A low complexity ceiling, so that a list's size given by a variable decides whether a request is refused.
        public PartnershipHost Partnership { get; } = new(settings: new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "400" });
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public RepeatedRequestTests(Host host) => _host = host.Partnership;

    [Fact]
    public async Task A_document_validated_before_still_has_its_cost_counted_with_each_requests_variables()
    {
        const string meetings = "query($n: Int) { partnershipBodies { name meetings(last: $n) { id } } }";
        var gina = _host.As("gina.governance");
        for (var i = 0; i < 3; i++) (await gina.SendAsync(meetings, new { n = 1 })).AssertOk();

        // The same text, now asking for fifty meetings of every body: over the ceiling, whatever was validated before.
        var refused = await gina.SendAsync(meetings, new { n = 50 });
        Assert.Equal("COMPLEXITY", refused.FirstCode);
        Assert.Null(refused.Data?["partnershipBodies"]);
        (await gina.SendAsync(meetings, new { n = 1 })).AssertOk();
    }

    [Fact]
    public async Task A_document_validated_before_still_has_its_variables_checked()
    {
        const string add = "mutation($i: AddPartnerInput!) { addPartner(input: $i) { id name } }";
        var alex = _host.As("alex.admin");
        (await alex.SendAsync(add, new { i = new { name = $"Repeated request agency {Guid.NewGuid():N}", kind = "RELEVANT_AGENCY", sector = "Voluntary" } })).AssertOk();

        var missingName = await alex.SendAsync(add, new { i = new { kind = "RELEVANT_AGENCY", sector = "Voluntary" } });
        Assert.Equal(400, missingName.Status);
        Assert.Equal("INVALID_VALUE", missingName.FirstCode);
        var wrongType = await alex.SendAsync(add, new { i = new { name = "x", kind = "NOT_A_KIND", sector = "Voluntary" } });
        Assert.Equal(400, wrongType.Status);
    }

    [Fact]
    public async Task The_same_text_answers_the_operation_each_request_names()
    {
        const string two = "query Bodies { partnershipBodies { name } } query Partners { partners { name } }";
        var nina = _host.As("nina.neglect");
        for (var i = 0; i < 2; i++)
        {
            var bodies = (await nina.SendAsync(two, operationName: "Bodies")).AssertOk();
            Assert.NotNull(bodies.Data!["partnershipBodies"]);
            Assert.Null(bodies.Data!["partners"]);
            var partners = (await nina.SendAsync(two, operationName: "Partners")).AssertOk();
            Assert.NotNull(partners.Data!["partners"]);
            Assert.Null(partners.Data!["partnershipBodies"]);
        }
        // Naming no operation in a document of two is refused every time, not only the first.
        Assert.NotNull((await nina.SendAsync(two)).Errors);
        Assert.NotNull((await nina.SendAsync(two)).Errors);
    }

    [Fact]
    public async Task A_subscription_served_as_events_is_still_refused_as_an_ordinary_request()
    {
        const string switched = "subscription { moduleSwitched { name enabled } }";
        using (var http = _host.CreateClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query = switched }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _host.TokenFor("nina.neglect"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        }

        var plain = await _host.As("nina.neglect").SendAsync(switched);
        Assert.Equal("OPERATION_NOT_SUPPORTED", plain.FirstCode);
    }

    [Fact]
    public async Task A_document_without_variables_answers_each_operation_of_it_alike_however_often_it_is_sent()
    {
        Assert.IsType<KnownDocumentValidator>(_host.Services.GetRequiredService<GraphQL.Validation.IDocumentValidator>());
        const string literal = "{ partners(statutoryOnly: true) { name isStatutory } everyone: partners { name } }";
        var nina = _host.As("nina.neglect");
        var first = (await nina.SendAsync(literal)).AssertOk().Data!.ToJsonString();
        for (var i = 0; i < 3; i++) Assert.Equal(first, (await nina.SendAsync(literal)).AssertOk().Data!.ToJsonString());
        var statutory = (await nina.SendAsync(literal)).AssertOk().Data!["partners"]!.AsArray();
        Assert.All(statutory, p => Assert.True(p!["isStatutory"]!.GetValue<bool>()));
        Assert.True((await nina.SendAsync(literal)).AssertOk().Data!["everyone"]!.AsArray().Count > statutory.Count);
    }

    [Fact]
    public async Task A_document_with_a_string_written_in_it_is_not_kept_one_taking_variables_is()
    {
        const string written = "{ findSubjects(familyName: \"Nowhere\", dateOfBirth: \"2012-01-01\", purpose: \"request path test\") { score } }";
        const string asked = "query($n: String, $d: DateOnly, $p: String!) { findSubjects(familyName: $n, dateOfBirth: $d, purpose: $p) { score } }";
        var nina = _host.As("nina.neglect");
        (await nina.SendAsync(written)).AssertOk();
        (await nina.SendAsync(asked, new { n = "Nowhere", d = "2012-01-01", p = "request path test" })).AssertOk();
        var documents = _host.Services.GetRequiredService<ValidatedDocuments>();
        Assert.Null(documents.Find(written, null));
        Assert.NotNull(documents.Find(asked, null));
    }

    [Fact]
    public async Task A_token_accepted_before_is_refused_once_tampered_with()
    {
        var token = _host.TokenFor("nina.neglect");
        (await _host.As("nina.neglect").SendAsync("{ __typename }")).AssertOk();

        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("nina.neglect", "alex.admin");
        var forged = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        using var http = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "{ __typename }" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        Assert.Equal(401, (int)(await http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_agencies_read_from_memory_show_a_change_once_it_is_committed_and_never_before()
    {
        var name = $"Agency in a transaction {Guid.NewGuid():N}";
        async Task<bool> ListedAsync() =>
            (await _host.As("nina.neglect").SendAsync("{ partners { name } }")).AssertOk().Data!["partners"]!.AsArray()
                .Any(p => p!["name"]!.GetValue<string>() == name);
        async Task RegisterInTransactionAsync(bool commit)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Partners.Add(Partner.Register(Guid.NewGuid(), name, PartnerKind.RelevantAgency, "Voluntary", null, null));
            await db.SaveChangesAsync();
            if (commit) await tx.CommitAsync(); else await tx.RollbackAsync();
        }
        Assert.False(await ListedAsync()); // read, and so held in memory

        await RegisterInTransactionAsync(commit: false);
        Assert.False(await ListedAsync());

        await RegisterInTransactionAsync(commit: true);
        Assert.True(await ListedAsync()); // at once: the commit, not the two seconds after which memory is read again

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            var partner = await db.Partners.SingleAsync(p => p.Name == name);
            db.Partners.Remove(partner);
            await db.SaveChangesAsync();
        }
        Assert.False(await ListedAsync());
    }

    private static byte[] Base64UrlDecode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
