using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.GraphQL;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Global object identification: a client's cache fetches a record again by its id alone with node(id:) or
/// nodes(ids:), under the same module switches and access as the module's own list of those records.
/// </summary>
public sealed class NodeTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private async Task<string> FirstIdAsync(string user, string list)
    {
        var answer = (await _host.As(user).SendAsync($"{{ {list} }}")).AssertOk();
        return answer.Data!.AsObject().Single().Value!.AsArray() is { Count: > 0 } rows ? rows[0]!["id"]!.GetValue<string>()
            : throw new InvalidOperationException($"The demo data has no rows for {list}.");
    }

    [Fact]
    public async Task A_record_is_fetched_again_by_its_id_alone_as_the_type_it_is()
    {
        var partner = await FirstIdAsync("gina.governance", "partners { id }");
        var action = (await _host.As("gina.governance").SendAsync("{ partnershipActions(first: 1) { nodes { id title owner { name } } } }")).AssertOk()
            .Data!["partnershipActions"]!["nodes"]![0]!;

        var node = (await _host.As("gina.governance").SendAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on PartnershipAction { title owner { name } } } }", new { id = action["id"]!.GetValue<string>() })).AssertOk();
        Assert.Equal("PartnershipAction", node.Data!["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal((action["title"]!.GetValue<string>(), action["owner"]!["name"]!.GetValue<string>()),
            (node.Data["node"]!["title"]!.GetValue<string>(), node.Data["node"]!["owner"]!["name"]!.GetValue<string>()));

        var unknown = Guid.NewGuid().ToString();
        var nodes = (await _host.As("gina.governance").SendAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = new[] { partner, unknown, action["id"]!.GetValue<string>() } })).AssertOk()
            .Data!["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Equal(("Partner", partner), (nodes[0]!["__typename"]!.GetValue<string>(), nodes[0]!["id"]!.GetValue<string>()));
        Assert.Null(nodes[1]);
        Assert.Equal("PartnershipAction", nodes[2]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_record_the_caller_may_not_read_or_of_a_module_switched_off_answers_null_as_an_unknown_id_does()
    {
        var action = (await _host.As("gina.governance").SendAsync("{ partnershipActions(first: 1) { nodes { id } } }")).AssertOk()
            .Data!["partnershipActions"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var setting = await FirstIdAsync("dana.domesticabuse", "educationSettings { id }");
        const string query = "query($id: ID!) { node(id: $id) { id } }";

        // Partnership actions are the Governance working group's and oversight's: a neglect practitioner cannot list them, nor fetch one.
        Assert.Null((await _host.As("nina.neglect").SendAsync(query, new { id = action })).AssertOk().Data!["node"]);
        Assert.NotNull((await _host.As("sam.scrutineer").SendAsync(query, new { id = action })).AssertOk().Data!["node"]);
        Assert.Equal(setting, (await _host.As("nina.neglect").SendAsync(query, new { id = setting })).AssertOk().Data!["node"]!["id"]!.GetValue<string>());

        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"DomesticAbuse\", enabled: false, reason: \"Node test\") { enabled } }")).AssertOk();
        Assert.Null((await _host.As("nina.neglect").SendAsync(query, new { id = setting })).AssertOk().Data!["node"]);
    }

    [Fact]
    public async Task A_malformed_id_or_too_many_ids_are_refused_with_the_reason()
    {
        var malformed = await _host.As("nina.neglect").SendAsync("{ node(id: \"not-an-id\") { id } }");
        Assert.Equal("VALIDATION", malformed.FirstCode);

        var many = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid().ToString()).ToArray();
        var tooMany = await _host.As("nina.neglect").SendAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = many });
        Assert.Equal("VALIDATION", tooMany.FirstCode);
        Assert.Contains("at most 100", tooMany.FirstMessage);
    }

    [Fact]
    public void Every_type_that_is_a_node_has_a_source_and_every_source_shows_a_node()
    {
        var schema = _host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var nodeTypes = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.ResolvedInterfaces.Any(i => i.Name == NodeGraphType.TypeName)).Select(t => t.GetType()).ToHashSet();
        Assert.True(nodeTypes.Count >= 13, $"Only {nodeTypes.Count} types implement Node.");

        var declared = ((PartnershipSchema)schema).Nodes.All.Select(s => s.GraphType).ToHashSet();
        Assert.True(nodeTypes.SetEquals(declared),
            "Types that implement Node without a source, so node(id:) never finds them: " + string.Join(", ", nodeTypes.Except(declared).Select(t => t.Name)) +
            "; sources whose graph type does not implement Node: " + string.Join(", ", declared.Except(nodeTypes).Select(t => t.Name)));
    }
}
