using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// A cursor connection read as a client reads it: the whole list, a page at a time forward (with rows written between
/// pages) and backward from the end. <see cref="AssertWalkAsync"/> checks what paging promises: each row once, none
/// missed, in the list's order, whatever is written meanwhile; and each page says where it stands.
/// </summary>
/// <param name="connection">The connection field, e.g. <c>meetings</c>.</param>
/// <param name="arguments">Its other arguments as written in the query, e.g. <c>bodyId: $body</c>.</param>
/// <param name="declarations">The variables those arguments use, e.g. <c>$body: ID</c>.</param>
/// <param name="selection">What each node is read with; <paramref name="identity"/> tells rows apart by it.</param>
public sealed class ConnectionWalk(GraphQLClient client, string connection, string selection, Func<JsonNode, string> identity,
    string arguments = "", string declarations = "", object? variables = null)
{
    private string Query => $$"""
        query($first: Int, $after: String, $last: Int, $before: String{{(declarations.Length > 0 ? ", " + declarations : "")}}) {
          {{connection}}(first: $first, after: $after, last: $last, before: $before{{(arguments.Length > 0 ? ", " + arguments : "")}}) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } nodes { {{selection}} } } }
        """;

    /// <summary>One page as asked for.</summary>
    public async Task<JsonNode> PageAsync(int? first = null, string? after = null, int? last = null, string? before = null)
    {
        var asked = JsonSerializer.SerializeToNode(variables ?? new { })!.AsObject();
        asked["first"] = first;
        asked["after"] = after;
        asked["last"] = last;
        asked["before"] = before;
        var page = (await client.SendAsync(Query, asked)).AssertOk().Data![connection]!;
        var nodes = page["nodes"]!.AsArray();
        var edges = page["edges"]!.AsArray();
        Assert.Equal(nodes.Count, edges.Count);
        Assert.True(nodes.Count <= (first ?? last ?? 100), $"{connection}: {nodes.Count} rows on a page of {first ?? last}");
        if (nodes.Count > 0)
        {
            Assert.Equal(edges[0]!["cursor"]!.GetValue<string>(), page["pageInfo"]!["startCursor"]!.GetValue<string>());
            Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), page["pageInfo"]!["endCursor"]!.GetValue<string>());
        }
        return page;
    }

    /// <summary>Every row, read in pages of 500 to the end.</summary>
    public Task<List<JsonNode>> WholeAsync() => ForwardAsync(500);

    /// <summary>
    /// Forward to the end, <paramref name="size"/> rows a page; after the first page, <paramref name="meanwhile"/> writes
    /// (as others do while a client walks). Each page but the first says rows come before it.
    /// </summary>
    public async Task<List<JsonNode>> ForwardAsync(int size, Func<Task>? meanwhile = null)
    {
        var seen = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var page = await PageAsync(first: size, after: after);
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!.DeepClone()));
            if (after is null && meanwhile is not null) await meanwhile();
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) return seen;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    /// <summary>Backward from the end to the start, <paramref name="size"/> rows a page, put back in the list's order.</summary>
    public async Task<List<JsonNode>> BackwardAsync(int size)
    {
        var seen = new List<JsonNode>();
        string? before = null;
        while (true)
        {
            var page = await PageAsync(last: size, before: before);
            Assert.Equal(before is not null, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            seen.InsertRange(0, page["nodes"]!.AsArray().Select(n => n!.DeepClone()));
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()) return seen;
            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }
    }

    /// <summary>
    /// Walks the list forward <paramref name="size"/> rows a page while <paramref name="meanwhile"/> writes rows after the
    /// first page, and checks: every row held before the walk is seen exactly once, nothing is seen twice, and the rows
    /// seen keep the order the list has afterwards; walked backward, the list reads the same; it holds
    /// <paramref name="added"/> more rows than before. Returns the list as it stands at the end, for the caller to check
    /// its order by the list's keys.
    /// </summary>
    public async Task<List<JsonNode>> AssertWalkAsync(int size, Func<Task> meanwhile, int added)
    {
        var before = await WholeAsync();
        Assert.True(before.Count > 2 * size, $"{connection}: {before.Count} rows do not fill three pages of {size}");
        var walked = (await ForwardAsync(size, meanwhile)).Select(identity).ToList();
        var after = await WholeAsync();
        var finalOrder = after.Select(identity).ToList();

        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Empty(before.Select(identity).Except(walked));
        Assert.Equal(walked, finalOrder.Where(walked.Contains).ToList());
        Assert.Equal(before.Count + added, after.Count);
        Assert.Equal(after.Count, (await PageAsync(first: 1))["totalCount"]!.GetValue<int>());
        Assert.Equal(finalOrder, (await BackwardAsync(size)).Select(identity).ToList());
        return after;
    }

    /// <summary>
    /// The rows are in order by <paramref name="key"/> (an ISO date or instant, or text compared as written), earliest or
    /// newest first; rows with equal keys may stand in any order between themselves.
    /// </summary>
    public static void AssertOrdered(IReadOnlyList<JsonNode> rows, Func<JsonNode, string> key, bool newestFirst)
    {
        var keys = rows.Select(key).ToList();
        var sorted = newestFirst ? keys.OrderByDescending(k => k, StringComparer.Ordinal).ToList() : keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, keys);
    }
}
