using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Tests.Unit;

/// <summary>The kernel's batch loader: keys gathered during a level are loaded once, together; later keys form a new batch.</summary>
public sealed class BatchLoaderTests
{
    private sealed class Source
    {
        public List<IReadOnlyList<int>> Loads { get; } = [];

        public Task<IReadOnlyDictionary<int, string>> LoadAsync(IReadOnlyList<int> keys, CancellationToken ct)
        {
            Loads.Add(keys.ToList());
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k != 0).ToDictionary(k => k, k => $"value {k}"));
        }
    }

    [Fact]
    public async Task Keys_handed_in_before_the_first_result_is_asked_for_are_loaded_once_together()
    {
        var source = new Source();
        var loader = new BatchLoader<int, string>(source.LoadAsync);
        var pending = new[] { 3, 1, 3, 2 }.Select(loader.Load).ToList();
        Assert.Empty(source.Loads);

        var values = new List<string?>();
        foreach (var result in pending) values.Add(await result.GetResultAsync());

        Assert.Equal(["value 3", "value 1", "value 3", "value 2"], values);
        Assert.Equal([[3, 1, 2]], source.Loads);
    }

    [Fact]
    public async Task Keys_handed_in_after_a_load_started_form_the_next_batch()
    {
        var source = new Source();
        var loader = new BatchLoader<int, string>(source.LoadAsync);
        var first = loader.Load(1);
        Assert.Equal("value 1", await first.GetResultAsync());
        var second = loader.Load(1);
        var third = loader.Load(0);

        Assert.Equal("value 1", await second.GetResultAsync());
        Assert.Null(await third.GetResultAsync()); // the load gave nothing for it
        Assert.Equal([[1], [1, 0]], source.Loads);
    }
}
