using System.Text.Json.Nodes;

namespace Safeguarding.Tests.Clients;

/// <summary>
/// A client developer's first steps, with the tools they use, against the real host on a real port: graphql-js reading
/// the schema by introspection as every kind of user, graphql-codegen generating TypeScript types from the live server,
/// the SDL downloaded as a file, and the graphql-ws client told of a change as it happens. Each runs a script of
/// tests/clients with node.
/// </summary>
public sealed class ClientToolingTests(ClientHost host) : IClassFixture<ClientHost>
{
    /// <summary>The administrator, the scrutineer, a practitioner of each working group, one of two groups, and a school's key adult.</summary>
    private static readonly string[] EveryRole =
        ["alex.admin", "sam.scrutineer", "gina.governance", "nina.neglect", "adam.adolescents", "dana.domesticabuse", "carla.csa", "fin.funding", "pat.practitioner", "kim.keyadult"];

    private Dictionary<string, string> Environment(string user, params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { ["SAFEGUARDING_GRAPHQL_URL"] = host.GraphQLUrl, ["SAFEGUARDING_TOKEN"] = host.TokenFor(user) };
        foreach (var (key, value) in more) environment[key] = value;
        return environment;
    }

    [NodeClientFact]
    public async Task Graphql_js_introspects_builds_and_prints_the_schema_the_host_serves_as_SDL_for_every_role()
    {
        foreach (var user in EveryRole)
        {
            var result = (await NodeClients.RunAsync("introspect.mjs", Environment(user))).AssertSucceeded($"Introspection as {user}");
            var report = JsonNode.Parse(result.Output.Trim().Split('\n')[^1])!;
            foreach (var variant in new[] { "default", "everyOption" })
            {
                var answer = report["variants"]![variant]!;
                Assert.True(answer["equalsSdl"]!.GetValue<bool>(), $"{user}, {variant}: {answer.ToJsonString()}");
                Assert.True(answer["types"]!.GetValue<int>() > 200, $"{user}, {variant}: only {answer["types"]} types");
            }
        }
    }

    [NodeClientFact]
    public async Task The_graphql_ws_client_signed_in_by_its_connection_params_is_told_when_a_module_is_switched()
    {
        var result = (await NodeClients.RunAsync("subscribe.mjs", Environment("sam.scrutineer", ("SAFEGUARDING_ADMIN_TOKEN", host.TokenFor("alex.admin")))))
            .AssertSucceeded("Subscribing with graphql-ws");
        var told = JsonNode.Parse(result.Output.Trim().Split('\n')[^1])!["told"]!;
        Assert.Null(told["errors"]);
        var module = told["data"]!["moduleSwitched"]!;
        Assert.Equal("Module", module["__typename"]!.GetValue<string>());
        Assert.Equal("Csa", module["name"]!.GetValue<string>());
        Assert.False(module["enabled"]!.GetValue<bool>());
    }

    [NodeClientFact]
    public async Task Graphql_codegen_generates_typescript_types_from_the_live_server()
    {
        var folder = Directory.CreateTempSubdirectory("safeguarding-codegen-");
        try
        {
            var file = Path.Combine(folder.FullName, "partnership.ts");
            (await NodeClients.RunAsync("codegen.mjs", Environment("nina.neglect", ("SAFEGUARDING_CODEGEN_OUT", file)))).AssertSucceeded("graphql-codegen");
            var types = await File.ReadAllTextAsync(file);
            Assert.Contains("export type Query = {", types);
            Assert.Contains("export type Mutation = {", types);
            Assert.Contains("export type Node = {", types);
            Assert.Contains("export type Partner = Node & {", types); // a record a client caches implements Node
            Assert.Contains("partners: Array<Partner>;", types);
            Assert.Contains("export enum ActionStatus {", types);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [NodeClientFact]
    public async Task The_SDL_downloads_as_a_file_graphql_js_reads_and_only_for_someone_signed_in()
    {
        var folder = Directory.CreateTempSubdirectory("safeguarding-sdl-");
        try
        {
            var file = Path.Combine(folder.FullName, "schema.graphql");
            var result = (await NodeClients.RunAsync("download-sdl.mjs", Environment("sam.scrutineer", ("SAFEGUARDING_SDL_OUT", file)))).AssertSucceeded("The SDL download");
            Assert.Equal("text/plain; charset=utf-8", JsonNode.Parse(result.Output.Trim())!["contentType"]!.GetValue<string>());
            using var client = host.Client("sam.scrutineer");
            Assert.Equal(await client.GetStringAsync("/graphql?sdl"), await File.ReadAllTextAsync(file));

            // Anonymous: refused, and the tool says so rather than saving an empty file.
            var anonymous = new Dictionary<string, string> { ["SAFEGUARDING_GRAPHQL_URL"] = host.GraphQLUrl, ["SAFEGUARDING_SDL_OUT"] = Path.Combine(folder.FullName, "anonymous.graphql") };
            var refused = await NodeClients.RunAsync("download-sdl.mjs", anonymous);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("answered 401", refused.Errors);
            Assert.False(File.Exists(anonymous["SAFEGUARDING_SDL_OUT"]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
