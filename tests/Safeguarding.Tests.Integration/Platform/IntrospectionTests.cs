using System.Net;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.GraphQL;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.Web;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Introspection as client tools send it works for every signed-in role, within bounds of its own that still refuse
/// the shapes built to make the answer explode; and the schema as SDL text at <c>GET /graphql?sdl</c>.
/// </summary>
public sealed class IntrospectionTests(SharedPartnershipWithoutDemoData shared) : IClassFixture<SharedPartnershipWithoutDemoData>
{
    private readonly PartnershipHost _host = shared.Partnership;

    public static readonly TheoryData<string> EveryRole =
        ["alex.admin", "sam.scrutineer", "gina.governance", "nina.neglect", "adam.adolescents", "dana.domesticabuse", "carla.csa", "fin.funding", "pat.practitioner", "kim.keyadult"];

    /// <summary>graphql-js's getIntrospectionQuery with every option on, as the host embeds it.</summary>
    private static string StandardQuery => File.ReadAllText(Repository.PathOf("host", "Safeguarding.Host", "GraphQL", "vendor", "graphql-js", "IntrospectionQuery.graphql"));

    private ISchema Schema()
    {
        var schema = _host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task The_standard_introspection_query_with_every_option_answers_the_whole_schema(string user)
    {
        var data = (await _host.As(user).SendAsync(StandardQuery, operationName: "IntrospectionQuery")).AssertOk().Data!["__schema"]!;
        var types = data["types"]!.AsArray();
        Assert.Equal(Schema().AllTypes.Count, types.Count);
        var query = types.Single(t => t!["name"]!.GetValue<string>() == "Query")!;
        Assert.Equal(Schema().Query.Fields.Count, query["fields"]!.AsArray().Count);
        // The parts GraphQL.NET does not serve by itself: answered, and truthfully empty.
        Assert.All(types, t => Assert.Null(t!["specifiedByURL"]));
        Assert.All(data["directives"]!.AsArray(), d => Assert.NotNull(d!["isRepeatable"]));
    }

    public static readonly TheoryData<string, string, string> Refused = new()
    {
        { "type lists nested three deep by name", "{ __type(name: \"Query\") { fields { type { fields { type { fields { name } } } } } } }", "at most 2 deep" },
        { "type lists nested three deep through fragments",
          "{ __schema { types { ...A } } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { interfaces { possibleTypes { name } } }", "at most 2 deep" },
        { "possibleTypes and inputFields nested three deep", "{ __type(name: \"Query\") { possibleTypes { inputFields { type { possibleTypes { name } } } } } }", "at most 2 deep" },
        { "ofType fifty deep", "{ __type(name: \"Query\") { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 50)) + "{ name }" + new string('}', 50) + " } } }", "at most 20 are allowed" },
        { "one cheap shape aliased three hundred times", "{ __schema { types { fields { args { " + string.Join(' ', Enumerable.Range(0, 300).Select(i => $"a{i}: name")) + " } } } } }", "times what the standard introspection query answers" },
        { "the whole schema read three times over",
          "{ a: __schema { ...S } b: __schema { ...S } c: __schema { ...S } } " + FragmentsOfTheStandardQuery("S"), "times what the standard introspection query answers" },
    };

    /// <summary>The standard query's own fragments, spread from a fragment on __Schema named <paramref name="name"/>.</summary>
    private static string FragmentsOfTheStandardQuery(string name)
    {
        var text = StandardQuery;
        var body = text[text.IndexOf("__schema {", StringComparison.Ordinal)..];
        var selection = body[(body.IndexOf('{') + 1)..];
        var depth = 1;
        var end = 0;
        while (depth > 0) { var c = selection[end++]; if (c == '{') depth++; else if (c == '}') depth--; }
        var fragments = text[text.IndexOf("fragment ", StringComparison.Ordinal)..];
        return $"fragment {name} on __Schema {{ {selection[..(end - 1)]} }} {fragments}";
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Introspection_shapes_that_make_the_answer_explode_are_refused_before_anything_runs(string shape, string query, string said)
    {
        var response = (await _host.As("sam.scrutineer").SendAsync(query)).AssertError("COMPLEXITY");
        Assert.True(response.Status == 400, $"{shape}: {response.Status}");
        Assert.Null(response.Data);
        Assert.Contains(said, response.FirstMessage);
    }

    [Fact]
    public async Task The_standard_query_twice_in_one_request_is_still_allowed()
    {
        var query = "{ a: __schema { ...S } b: __schema { ...S } } " + FragmentsOfTheStandardQuery("S");
        var data = (await _host.As("sam.scrutineer").SendAsync(query)).AssertOk().Data!;
        Assert.Equal(data["a"]!.ToJsonString(), data["b"]!.ToJsonString());
    }

    [Fact]
    public async Task Data_fields_keep_their_depth_limit_and_typename_costs_nothing()
    {
        var nested = "{ partnershipActions { nodes { " + string.Concat(Enumerable.Repeat("body { actions { ", 5)) + "title" + new string('}', 10) + " } } }";
        var refused = (await _host.As("gina.governance").SendAsync(nested)).AssertError("COMPLEXITY");
        Assert.Contains("Maximum depth is 13 levels; maximum allowed on this endpoint is 12", refused.FirstMessage);

        // What caching clients add to every selection does not push an ordinary request over the complexity limit: eight
        // fields of a page of 500 records cost 4,503 of the 5,000; counted, __typename on the page and on each record
        // would make it 5,004.
        (await _host.As("alex.admin").SendAsync("{ __typename auditLog(first: 500) { __typename nodes { __typename action actor allowed at detail field module purpose } } }")).AssertOk();
    }

    [Fact]
    public async Task GET_graphql_sdl_answers_the_schema_as_text_to_anyone_signed_in_and_to_nobody_else()
    {
        var expected = SchemaDocument.Print(Schema());
        foreach (var user in new[] { "sam.scrutineer", "kim.keyadult" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
            var client = _host.CreateClient();
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _host.TokenFor(user));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            var sdl = await response.Content.ReadAsStringAsync();
            Assert.Equal(expected, sdl);
            GraphQLParser.Parser.Parse(sdl); // a whole, readable document
        }

        var anonymous = await _host.CreateClient().GetAsync("/graphql?sdl");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await anonymous.Content.ReadAsStringAsync());

        // Signed in to the web interface: a link opens it (no script, so no X-Partnership-Request header); it changes
        // nothing and another site cannot read the answer.
        var browser = await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "nina.neglect");
        Assert.Equal(expected, await browser.GetStringAsync("/graphql?sdl"));
    }
}
