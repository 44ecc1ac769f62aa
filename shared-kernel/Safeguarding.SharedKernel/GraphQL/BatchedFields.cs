using GraphQL;
using GraphQL.Builders;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// A field of a record's graph type that reads more data for each record (its body, its owner, its rows) declares the
/// read once for all the records of a level: the field names the key it reads by, and a load that takes every key of the
/// level and answers in one query. A list of a thousand actions then costs one statement for their owners, not a
/// thousand (see <see cref="BatchLoader{TKey,TValue}"/>, and decision 0024).
/// </summary>
/// <remarks>
/// In a mutation the field loads at once, for its record alone, as an unbatched field would: GraphQL runs a mutation's
/// fields one after another, and a batch completed after the next mutation field had run would show what that field did.
/// </remarks>
public static class BatchedFields
{
    /// <summary>
    /// The one record whose <paramref name="keyOf"/> is the record's <paramref name="key"/> (a body by id); null when the
    /// load finds none, the first when it finds several.
    /// </summary>
    public static FieldBuilder<TSource, object> LoadsOne<TSource, TKey, TRecord>(this FieldBuilder<TSource, object> field,
        Func<TSource, TKey> key, Func<IReadOnlyList<TKey>, BatchScope, Task<List<TRecord>>> load, Func<TRecord, TKey> keyOf)
        where TKey : notnull =>
        field.Batched(c => (true, key(c.Source)), async (keys, scope) => FirstOfEach(await load(keys, scope), keyOf));

    /// <summary>As <see cref="LoadsOne{TSource,TKey,TRecord}(FieldBuilder{TSource,object},Func{TSource,TKey},Func{IReadOnlyList{TKey},BatchScope,Task{List{TRecord}}},Func{TRecord,TKey})"/>
    /// for a record that may name none: the field is then null, and nothing is loaded for it.</summary>
    public static FieldBuilder<TSource, object> LoadsOne<TSource, TKey, TRecord>(this FieldBuilder<TSource, object> field,
        Func<TSource, TKey?> key, Func<IReadOnlyList<TKey>, BatchScope, Task<List<TRecord>>> load, Func<TRecord, TKey> keyOf)
        where TKey : struct =>
        field.Batched(c => key(c.Source) is { } k ? (true, k) : (false, default), async (keys, scope) => FirstOfEach(await load(keys, scope), keyOf));

    /// <summary>
    /// The rows whose <paramref name="keyOf"/> is the record's <paramref name="key"/> (a body's members), in the order the
    /// load gives them; empty when it gives none.
    /// </summary>
    public static FieldBuilder<TSource, object> LoadsMany<TSource, TKey, TRow>(this FieldBuilder<TSource, object> field,
        Func<TSource, TKey> key, Func<IReadOnlyList<TKey>, BatchScope, Task<List<TRow>>> load, Func<TRow, TKey> keyOf)
        where TKey : notnull =>
        field.Batched<TSource, TKey, IReadOnlyList<TRow>>(c => (true, key(c.Source)), async (keys, scope) =>
        {
            var rows = (await load(keys, scope)).ToLookup(keyOf);
            return keys.ToDictionary(k => k, k => (IReadOnlyList<TRow>)rows[k].ToList());
        });

    /// <summary>
    /// A value computed for every record at once (a count, a sum, a title): the load answers a value per key it knows,
    /// and a record whose key it does not answer shows <paramref name="whenNone"/>.
    /// </summary>
    public static FieldBuilder<TSource, object> LoadsValue<TSource, TKey, TValue>(this FieldBuilder<TSource, object> field,
        Func<TSource, TKey> key, Func<IReadOnlyList<TKey>, BatchScope, Task<Dictionary<TKey, TValue>>> load, TValue whenNone)
        where TKey : notnull =>
        field.LoadsValue(c => key(c.Source), load, whenNone);

    /// <summary>
    /// As <see cref="LoadsValue{TSource,TKey,TValue}(FieldBuilder{TSource,object},Func{TSource,TKey},Func{IReadOnlyList{TKey},BatchScope,Task{Dictionary{TKey,TValue}}},TValue)"/>
    /// with a key that holds the field's arguments too (a body's id and how many of its meetings): records asking with
    /// different arguments are loaded by different keys of the same batch.
    /// </summary>
    public static FieldBuilder<TSource, object> LoadsValue<TSource, TKey, TValue>(this FieldBuilder<TSource, object> field,
        Func<IResolveFieldContext<TSource>, TKey> key, Func<IReadOnlyList<TKey>, BatchScope, Task<Dictionary<TKey, TValue>>> load, TValue whenNone)
        where TKey : notnull =>
        field.Batched<TSource, TKey, TValue>(c => (true, key(c)), async (keys, scope) =>
        {
            var values = await load(keys, scope);
            return keys.ToDictionary(k => k, k => values.TryGetValue(k, out var value) ? value : whenNone);
        });

    /// <summary>
    /// The common part: the field hands the record's key to the request's loader for this field and returns the pending
    /// result, which the executor completes with the level's other records (or at once in a mutation).
    /// </summary>
    private static FieldBuilder<TSource, object> Batched<TSource, TKey, TValue>(this FieldBuilder<TSource, object> field,
        Func<IResolveFieldContext<TSource>, (bool Has, TKey Key)> key, Func<IReadOnlyList<TKey>, BatchScope, Task<IReadOnlyDictionary<TKey, TValue>>> load)
        where TKey : notnull =>
        field.ResolveAsync(async c =>
        {
            var (has, k) = key(c);
            if (!has) return null;
            var services = c.RequestServices!;
            var user = c.User;
            var loader = services.GetRequiredService<RequestBatches>().For(c.FieldDefinition,
                () => new BatchLoader<TKey, TValue>((keys, ct) => load(keys, new BatchScope(services, user, ct))));
            var pending = loader.Load(k);
            return c.Operation.Operation == OperationType.Mutation ? await pending.GetResultAsync(c.CancellationToken) : pending;
        });

    private static IReadOnlyDictionary<TKey, TRecord> FirstOfEach<TKey, TRecord>(List<TRecord> records, Func<TRecord, TKey> keyOf) where TKey : notnull
    {
        var first = new Dictionary<TKey, TRecord>();
        foreach (var record in records) first.TryAdd(keyOf(record), record);
        return first;
    }
}
