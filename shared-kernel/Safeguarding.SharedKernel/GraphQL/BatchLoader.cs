using GraphQL.DataLoader;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// Loads the values of one field for many parents with one load. While GraphQL.NET executes a level of the document,
/// each parent's resolver hands its key to <see cref="Load"/> and gets a pending result; the executor completes pending
/// results only once every other field of that level has run, and the first one it completes loads every key gathered
/// so far, at once. Keys handed in after that (the next level down) gather into the next batch. A key asked for twice
/// in one batch is loaded once.
/// </summary>
/// <remarks>
/// One loader serves one field for the whole request (see <see cref="RequestBatches"/>). Values are not kept between
/// batches: a field read again after a mutation of the same request reads what the mutation saved.
/// </remarks>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private Batch _gathering = new();

    /// <summary>The value of <paramref name="key"/>, once its batch is loaded; default when the load gave none.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            _gathering.Add(key);
            return new Pending(this, _gathering, key);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken ct)
    {
        lock (_lock)
        {
            if (ReferenceEquals(batch, _gathering)) _gathering = new Batch();
            return batch.Loading ??= load(batch.Keys, ct);
        }
    }

    private sealed class Batch
    {
        private readonly HashSet<TKey> _seen = [];
        public List<TKey> Keys { get; } = [];
        public Task<IReadOnlyDictionary<TKey, TValue>>? Loading { get; set; }

        public void Add(TKey key)
        {
            if (_seen.Add(key)) Keys.Add(key);
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await loader.Dispatch(batch, cancellationToken)).TryGetValue(key, out var value) ? value : default;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
