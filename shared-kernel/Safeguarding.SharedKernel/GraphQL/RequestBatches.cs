using System.Collections.Concurrent;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The batch loaders of one request, one per batched field, held by the request's service scope (registered scoped by
/// the host), so that every parent of a field in the request hands its key to the same loader.
/// </summary>
public sealed class RequestBatches
{
    private readonly ConcurrentDictionary<object, object> _loaders = new();

    /// <summary>The loader of <paramref name="field"/> in this request, created by <paramref name="create"/> the first time it is asked for.</summary>
    public BatchLoader<TKey, TValue> For<TKey, TValue>(object field, Func<BatchLoader<TKey, TValue>> create) where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(field, _ => create());
}
