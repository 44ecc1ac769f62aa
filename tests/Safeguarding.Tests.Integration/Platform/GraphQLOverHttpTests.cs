using System.Net.Http.Headers;
using System.Text;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>The endpoint follows the GraphQL-over-HTTP specification.</summary>
public sealed class GraphQLOverHttpTests : IClassFixture<GraphQLOverHttpTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public GraphQLOverHttpTests(Host host) => _host = host.Partnership;

    private GraphQLClient Admin => _host.As("alex.admin");

    private static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [Fact]
    public async Task A_query_over_POST_answers_in_graphql_response_json()
    {
        var response = (await Admin.SendAsync("query Modules { modules { name } }", operationName: "Modules")).AssertOk();
        Assert.Equal("application/graphql-response+json", response.ContentType);
    }

    [Fact]
    public async Task A_query_over_GET_works_with_variables_and_operation_name()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query P($s: Boolean) { partners(statutoryOnly: $s) { name } }")
                  + "&variables=" + Uri.EscapeDataString("{\"s\":true}") + "&operationName=P";
        var response = (await Admin.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, url))).AssertOk();
        Assert.Equal(4, response.Data!["partners"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_and_runs_nothing()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { setModuleEnabled(name: \"Governance\", enabled: false) { enabled } }");
        var response = await Admin.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, url));
        Assert.Equal(405, response.Status);
        (await Admin.SendAsync("{ partners { name } }")).AssertOk();
    }

    [Theory]
    [InlineData("{not json", 400)]
    [InlineData("[]", 400)]
    [InlineData("{\"variables\":{}}", 400)]
    [InlineData("{\"query\":42}", 400)]
    [InlineData("{\"query\":\"{ modules { name } }\",\"variables\":\"nope\"}", 400)]
    [InlineData("{\"query\":\"{ modules { name } }\",\"operationName\":5}", 400)]
    [InlineData("{\"query\":\"{ modules { name \"}", 400)]
    [InlineData("{\"query\":\"{ noSuchField }\"}", 400)]
    public async Task Requests_that_cannot_be_executed_are_400_with_a_code(string body, int status)
    {
        var response = await Admin.SendRawAsync(Post(body));
        Assert.Equal(status, response.Status);
        Assert.NotNull(response.FirstCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var response = await Admin.SendRawAsync(Post("{ modules { name } }", "text/plain"));
        Assert.Equal(415, response.Status);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var huge = "{\"query\":\"{ modules { name } }\",\"variables\":{\"pad\":\"" + new string('x', 1_100_000) + "\"}}";
        var response = await Admin.SendRawAsync(Post(huge));
        Assert.Equal(413, response.Status);
    }

    [Fact]
    public async Task A_client_accepting_only_application_json_gets_200_even_for_validation_errors()
    {
        var response = await Admin.SendRawAsync(Post("{\"query\":\"{ noSuchField }\"}", accept: "application/json"));
        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.NotNull(response.Errors);
    }

    [Fact]
    public async Task A_client_accepting_neither_media_type_gets_406()
    {
        var response = await Admin.SendRawAsync(Post("{\"query\":\"{ modules { name } }\"}", accept: "text/html"));
        Assert.Equal(406, response.Status);
    }

    [Fact]
    public async Task Queries_deeper_than_the_limit_are_refused()
    {
        var deep = "name";
        for (var i = 0; i < 8; i++) deep = "actions { body { " + deep + " } }";
        deep = "{ partnershipBodies { " + deep + " } }"; // 17 levels; the limit is 12
        var response = await Admin.SendAsync(deep);
        Assert.Equal(400, response.Status);
        Assert.True(response.Errors!.Any(e => e!["message"]!.GetValue<string>().Contains("depth", StringComparison.OrdinalIgnoreCase)), response.Body!.ToJsonString());
    }

    [Fact]
    public async Task Introspection_needs_a_token()
    {
        Assert.Equal(401, (await _host.Anonymous().SendAsync("{ __schema { types { name } } }")).Status);
        var response = (await Admin.SendAsync("{ __schema { queryType { name } } }")).AssertOk();
        Assert.Equal("Query", response.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await Admin.SendRawAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(405, response.Status);
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        var client = _host.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        var ready = await client.GetStringAsync("/health/ready");
        Assert.Contains("\"Governance\"", ready);
        Assert.Contains("outboxUndelivered", ready);
    }
}
