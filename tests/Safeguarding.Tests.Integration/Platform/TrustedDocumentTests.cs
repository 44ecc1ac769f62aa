using System.Text;
using System.Text.Json;
using Safeguarding.Host.GraphQL;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Trusted documents: a client names a document the partnership holds in a manifest by the SHA-256 of its text
/// (<c>documentId</c>, as graphql-codegen's persisted documents write it) instead of sending the text; and with
/// <c>GraphQL:OnlyTrustedDocuments</c> on, nothing else is executed.
/// </summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string Partners = "query Partners($statutory: Boolean) { partners(statutoryOnly: $statutory) { name isStatutory } }";
    private const string SwitchModule = "mutation Switch($on: Boolean!) { setModuleEnabled(name: \"Csa\", enabled: $on, reason: \"trusted document test\") { name enabled } }";
    private readonly string _folder = Directory.CreateTempSubdirectory("safeguarding-trusted-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Manifest(IDictionary<string, string> entries)
    {
        var path = Path.Combine(_folder, $"manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(entries));
        return path;
    }

    private string ManifestOf(params string[] documents) => Manifest(documents.ToDictionary(TrustedDocuments.IdOf, d => d));

    private static HttpRequestMessage Post(object body) =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    [Fact]
    public async Task A_trusted_document_runs_by_its_id_over_POST_and_GET_with_its_variables()
    {
        using var host = new PartnershipHost(settings: new Dictionary<string, string?> { ["GraphQL:TrustedDocumentManifests:0"] = ManifestOf(Partners) });
        var sam = host.As("sam.scrutineer");
        var id = TrustedDocuments.IdOf(Partners);

        var byId = (await sam.SendRawAsync(Post(new { documentId = id, variables = new { statutory = true } }))).AssertOk();
        var byText = (await sam.SendAsync(Partners, new { statutory = true })).AssertOk();
        Assert.Equal(byText.Data!.ToJsonString(), byId.Data!.ToJsonString());
        Assert.NotEmpty(byId.Data!["partners"]!.AsArray());

        var bare = (await sam.SendRawAsync(Post(new { documentId = id[TrustedDocuments.Prefix.Length..], variables = new { statutory = true } }))).AssertOk();
        Assert.Equal(byId.Data!.ToJsonString(), bare.Data!.ToJsonString()); // as graphql-codegen's client preset sends it

        var overGet = (await sam.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={Uri.EscapeDataString(id)}"))).AssertOk();
        Assert.True(overGet.Data!["partners"]!.AsArray().Count >= byId.Data!["partners"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_unknown_malformed_or_doubled_id_is_refused_and_a_trusted_mutation_still_needs_POST()
    {
        using var host = new PartnershipHost(settings: new Dictionary<string, string?> { ["GraphQL:TrustedDocumentManifests:0"] = ManifestOf(Partners, SwitchModule) });
        var alex = host.As("alex.admin");

        var unknown = await alex.SendRawAsync(Post(new { documentId = TrustedDocuments.IdOf("{ modules { name } }") }));
        Assert.Equal(400, unknown.Status);
        Assert.Equal(ErrorCodes.PersistedDocumentNotFound, unknown.FirstCode);

        var malformed = await alex.SendRawAsync(Post(new { documentId = "sha256:not-a-hash" }));
        Assert.Equal(400, malformed.Status);
        Assert.Equal("BAD_REQUEST", malformed.FirstCode);

        var both = await alex.SendRawAsync(Post(new { query = Partners, documentId = TrustedDocuments.IdOf(Partners) }));
        Assert.Equal(400, both.Status);
        Assert.Contains("not both", both.FirstMessage);

        var mutationOverGet = await alex.SendRawAsync(new HttpRequestMessage(HttpMethod.Get,
            $"/graphql?documentId={Uri.EscapeDataString(TrustedDocuments.IdOf(SwitchModule))}&variables={Uri.EscapeDataString("{\"on\":false}")}"));
        Assert.Equal(405, mutationOverGet.Status);
        var csa = (await alex.SendAsync("{ modules { name enabled } }")).AssertOk().Data!["modules"]!.AsArray().Single(m => m!["name"]!.GetValue<string>() == "Csa")!;
        Assert.True(csa["enabled"]!.GetValue<bool>());

        var switched = (await alex.SendRawAsync(Post(new { documentId = TrustedDocuments.IdOf(SwitchModule), variables = new { on = true } }))).AssertOk();
        Assert.True(switched.Data!["setModuleEnabled"]!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task With_only_trusted_documents_on_a_written_query_is_refused_and_a_trusted_one_runs()
    {
        using var host = new PartnershipHost(settings: new Dictionary<string, string?>
        {
            ["GraphQL:TrustedDocumentManifests:0"] = ManifestOf(Partners),
            ["GraphQL:OnlyTrustedDocuments"] = "true",
        });
        var sam = host.As("sam.scrutineer");

        var written = await sam.SendAsync("{ partners { name } }");
        Assert.Equal(400, written.Status);
        Assert.Equal(ErrorCodes.TrustedDocumentsOnly, written.FirstCode);
        Assert.Null(written.Data);

        (await sam.SendRawAsync(Post(new { documentId = TrustedDocuments.IdOf(Partners) }))).AssertOk();

        using var sdl = await sam.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl") { Headers = { { "Authorization", $"Bearer {host.TokenFor("sam.scrutineer")}" } } });
        Assert.True(sdl.IsSuccessStatusCode, "the schema stays readable for tools that generate types");
    }

    [Fact]
    public void A_manifest_that_names_a_document_by_a_hash_not_its_own_stops_the_host()
    {
        var forged = Manifest(new Dictionary<string, string> { [TrustedDocuments.IdOf(Partners)] = "{ auditLog(last: 100) { nodes { actor } } }" });
        using var host = new PartnershipHost(settings: new Dictionary<string, string?> { ["GraphQL:TrustedDocumentManifests:0"] = forged });
        var thrown = Record.Exception(() => host.CreateClient());
        Assert.NotNull(thrown);
        Assert.Contains("not the SHA-256 of its text", Flatten(thrown));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
