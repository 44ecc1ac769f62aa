using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.DomesticAbuse;

/// <summary>
/// protectionNotices is a cursor connection: a client walks it to its end, forward or backward, and sees every notice
/// once, however many are held and whatever arrives meanwhile. Nothing is cut without saying so.
/// </summary>
public sealed class NoticePagingTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Dana => _host.As("dana.domesticabuse");

    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $s: ID) {
          protectionNotices(first: $first, after: $after, last: $last, before: $before, subjectId: $s) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { policeReference } } nodes { policeReference } } }
        """;

    private async Task<string> RegisterChildAsync()
    {
        var r = (await Dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "DomesticAbuse", name = "Paging Example", dateOfBirth = "2016-02-03", nhsNumber = TestNhsNumbers.Next() } })).AssertOk();
        return r.Data!["registerSubject"]!["id"]!.GetValue<string>();
    }

    /// <summary>Notices for <paramref name="child"/>, three to an hour so that incidents share instants and the id decides; from 100 on, in this hour (newer than all).</summary>
    private async Task RecordAsync(string child, int from, int count)
    {
        var notices = Enumerable.Range(from, count).Select(i => new
        {
            policeReference = $"PAGE-{i:0000}", incidentAt = DateTimeOffset.UtcNow.AddHours(i >= 100 ? 0 : -1 - i / 3).ToString("yyyy-MM-ddTHH:00:00Z"), locationArea = "Devonport",
            children = new[] { child }, adults = Array.Empty<object>(),
        }).ToArray();
        var result = (await Dana.SendAsync("mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored } }", new { n = notices })).AssertOk();
        Assert.Equal(count, result.Data!["recordProtectionNotices"]!["stored"]!.GetValue<int>());
    }

    private async Task<JsonNode> PageAsync(object variables) => (await Dana.SendAsync(Page, variables)).AssertOk().Data!["protectionNotices"]!;

    private static List<string> References(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["policeReference"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task A_list_of_more_notices_than_a_page_is_walked_to_its_end_forward_and_backward_each_notice_once_even_as_notices_arrive()
    {
        var child = await RegisterChildAsync();
        await RecordAsync(child, 0, 23);

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await PageAsync(new { first = 5, after, s = child });
            Assert.Equal(23, page["totalCount"]!.GetValue<int>() - (pages > 0 ? 2 : 0));
            Assert.Equal(References(page), page["edges"]!.AsArray().Select(e => e!["node"]!["policeReference"]!.GetValue<string>()).ToList());
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            seen.AddRange(References(page));
            if (pages++ == 0) await RecordAsync(child, 100, 2); // newer than every notice: they belong before the first page, not in the walk
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
            Assert.Equal(after, page["edges"]!.AsArray()[^1]!["cursor"]!.GetValue<string>());
        }
        Assert.Equal(5, pages);
        // Each notice once, none missed, in the list's order: most recent incident first (notices of one instant by id).
        Assert.Equal(Enumerable.Range(0, 23).Select(i => $"PAGE-{i:0000}").ToList(), seen.Order().ToList());
        Assert.Equal(seen, seen.OrderBy(r => int.Parse(r[5..], System.Globalization.CultureInfo.InvariantCulture) / 3).ToList());

        // Backward from the end: the same list in the same order, the newest two included now.
        var back = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await PageAsync(new { last = 10, before, s = child });
            back.InsertRange(0, References(page));
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()) break;
            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }
        Assert.Equal(25, back.Count);
        Assert.Equal(["PAGE-0100", "PAGE-0101"], back.Take(2).Order().ToList());
        Assert.Equal(seen, back.Skip(2).ToList());

        // Without a size, the first page is a hundred at most and says whether more follow.
        var whole = await PageAsync(new { s = child });
        Assert.Equal(25, References(whole).Count);
        Assert.False(whole["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Sizes_out_of_range_both_directions_at_once_and_cursors_not_from_the_list_are_refused()
    {
        const string Count = "query($first: Int) { protectionNotices(first: $first) { totalCount } }";
        (await Dana.SendAsync(Count, new { first = 0 })).AssertError("VALIDATION");
        (await Dana.SendAsync(Count, new { first = 501 })).AssertError("VALIDATION");
        Assert.True((await Dana.SendAsync(Count, new { first = 500 })).AssertOk().Data!["protectionNotices"]!["totalCount"]!.GetValue<int>() >= 0);
        (await Dana.SendAsync(Page, new { first = 5, last = 5 })).AssertError("VALIDATION");
        var forged = (await Dana.SendAsync(Page, new { first = 5, after = "not-a-cursor" })).AssertError("VALIDATION");
        Assert.Contains("cursor", forged.FirstMessage, StringComparison.OrdinalIgnoreCase);
        (await Dana.SendAsync(Page, new { first = 5, after = Convert.ToBase64String("99999999999999999999:x"u8.ToArray()) })).AssertError("VALIDATION");
    }
}
