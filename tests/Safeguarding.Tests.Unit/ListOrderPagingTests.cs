using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Paging;

namespace Safeguarding.Tests.Unit;

/// <summary>
/// Keyset paging by a <see cref="ListOrder{T}"/> on a list held in memory, the way a queue worked out in code is paged:
/// every row once and in order, forward and backward, keys running different ways; cursors of another order refused.
/// </summary>
public sealed class ListOrderPagingTests
{
    private sealed record Row(DateOnly Day, string Name, Guid Id);

    // Many rows share a day, and some a day and a name: only the id tells them apart.
    private static readonly List<Row> Rows = Enumerable.Range(0, 47)
        .Select(i => new Row(new DateOnly(2024, 4, 1).AddDays(i % 5), "Body " + (char)('A' + i % 3), Guid.NewGuid())).ToList();

    // A day newest first, then the name A to Z, then the id.
    private static readonly ListOrder<Row> Order = ListOrder<Row>.Descending((Row r) => r.Day).ThenAscending(r => r.Name).ThenAscending(r => r.Id);

    private static List<Row> Expected => Rows.OrderByDescending(r => r.Day).ThenBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.Id).ToList();

    private static Task<Page<Row>> ReadAsync(PageRequest request) => Rows.AsQueryable().PageAsync(request, Order, CancellationToken.None);

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(47)]
    [InlineData(100)]
    public async Task A_walk_forward_reads_every_row_once_in_order_and_says_where_it_stands(int size)
    {
        var seen = new List<Row>();
        string? after = null;
        while (true)
        {
            var page = await ReadAsync(new PageRequest(First: size, After: after));
            Assert.Equal(47, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            seen.AddRange(page.Rows.Select(r => r.Item));
            if (!page.HasNextPage) break;
            after = page.Rows[^1].Cursor;
        }
        Assert.Equal(Expected, seen);
    }

    [Fact]
    public async Task A_walk_backward_from_the_end_reads_the_same_list()
    {
        var seen = new List<Row>();
        string? before = null;
        while (true)
        {
            var page = await ReadAsync(new PageRequest(Last: 10, Before: before));
            Assert.Equal(before is not null, page.HasNextPage);
            seen.InsertRange(0, page.Rows.Select(r => r.Item));
            if (!page.HasPreviousPage) break;
            before = page.Rows[0].Cursor;
        }
        Assert.Equal(Expected, seen);
    }

    [Fact]
    public async Task Sizes_out_of_range_both_ways_at_once_and_cursors_of_another_order_are_refused()
    {
        Assert.Equal("first", (await Assert.ThrowsAsync<DomainException>(() => ReadAsync(new PageRequest(First: 0)))).Problems.Single().Field);
        Assert.Equal("last", (await Assert.ThrowsAsync<DomainException>(() => ReadAsync(new PageRequest(Last: PageRequest.MaxSize + 1)))).Problems.Single().Field);
        await Assert.ThrowsAsync<DomainException>(() => ReadAsync(new PageRequest(First: 5, Last: 5)));

        var ours = (await ReadAsync(new PageRequest(First: 3))).Rows[^1].Cursor;
        var byDayOnly = (await Rows.AsQueryable().PageAsync(new PageRequest(First: 3), ListOrder<Row>.Descending((Row r) => r.Day).ThenAscending(r => r.Id), CancellationToken.None))
            .Rows[^1].Cursor;
        foreach (var foreign in new[] { byDayOnly, "not-a-cursor", Convert.ToBase64String("[\"d-s+g+\",\"x\",\"y\",\"z\"]"u8.ToArray()), ours[..^4] })
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => ReadAsync(new PageRequest(First: 3, After: foreign)));
            Assert.Equal("VALIDATION", refused.Code);
            Assert.Equal("after", refused.Problems.Single().Field);
        }
        Assert.Equal("before", (await Assert.ThrowsAsync<DomainException>(() => ReadAsync(new PageRequest(Last: 3, Before: byDayOnly)))).Problems.Single().Field);
    }

    [Fact]
    public void The_page_size_the_request_reads_is_the_one_its_cost_counts()
    {
        Assert.Equal(PageRequest.DefaultSize, PageRequest.SizeAsked(null, null));
        Assert.Equal(5, PageRequest.SizeAsked(null, 5));
        Assert.Equal(7, PageRequest.SizeAsked(7, null));
        Assert.Equal(5, new PageRequest(Last: 5).Size);
    }

    [Fact]
    public void A_list_is_not_ordered_by_a_kind_of_value_a_cursor_cannot_hold()
    {
        Assert.Throws<ArgumentException>(() => ListOrder<Row>.Ascending(r => (DateOnly?)r.Day));
    }

    private sealed record OtherRow(string Name, Guid Id);

    [Fact]
    public async Task Orders_built_for_each_request_read_their_own_rows_whatever_the_keys_share()
    {
        // Keys are compiled once per row type and property: two row types with a Name, and two orders reading a captured
        // value (never shared), must each still read their own rows.
        var others = new[] { new OtherRow("b", Guid.NewGuid()), new OtherRow("a", Guid.NewGuid()), new OtherRow("c", Guid.NewGuid()) };
        for (var request = 0; request < 3; request++)
        {
            var rows = await Rows.AsQueryable().PageAsync(new PageRequest(First: 100), ListOrder<Row>.Ascending(r => r.Name).ThenAscending(r => r.Id), CancellationToken.None);
            Assert.Equal(Rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.Id), rows.Rows.Select(r => r.Item));
            var other = await others.AsQueryable().PageAsync(new PageRequest(First: 100), ListOrder<OtherRow>.Descending(r => r.Name).ThenAscending(r => r.Id), CancellationToken.None);
            Assert.Equal(["c", "b", "a"], other.Rows.Select(r => r.Item.Name));
        }
        foreach (var prefix in new[] { "x", "y" })
        {
            var page = await others.AsQueryable().PageAsync(new PageRequest(First: 1), ListOrder<OtherRow>.Ascending(r => prefix + r.Name).ThenAscending(r => r.Id), CancellationToken.None);
            var next = await others.AsQueryable().PageAsync(new PageRequest(First: 1, After: page.Rows[0].Cursor),
                ListOrder<OtherRow>.Ascending(r => prefix + r.Name).ThenAscending(r => r.Id), CancellationToken.None);
            Assert.Equal("b", next.Rows.Single().Item.Name); // the cursor wrote this order's own value of the first row
        }
    }
}
