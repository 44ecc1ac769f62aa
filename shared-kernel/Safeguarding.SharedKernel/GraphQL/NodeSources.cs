using Microsoft.EntityFrameworkCore;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>Every <see cref="NodeSource"/> the modules declared, in the order they declared them.</summary>
public sealed class NodeSources
{
    private readonly List<NodeSource> _sources = [];
    public IReadOnlyList<NodeSource> All => _sources;

    public void Add(NodeSource source)
    {
        if (_sources.Any(s => s.GraphType == source.GraphType))
            throw new InvalidOperationException($"{source.GraphType.Name} is declared a node twice.");
        _sources.Add(source);
    }
}

public static class NodeDeclarations
{
    /// <summary>
    /// Records shown by <typeparamref name="TGraphType"/> (which says <c>IdentifiedAsNode()</c>) are found by id among
    /// <paramref name="records"/>, for callers with <paramref name="access"/>: the access of the module's field that lists them.
    /// The record's id is its <c>Id</c> property.
    /// </summary>
    public static void Node<TGraphType, TRecord>(this GraphQLSlice slice, Access access, Func<IServiceProvider, IQueryable<TRecord>> records)
        where TGraphType : RecordGraphType<TRecord> where TRecord : class
    {
        var id = typeof(TRecord).GetProperty("Id") is { PropertyType: var type } property && type == typeof(Guid)
            ? PropertyReaders.Of(property)
            : throw new InvalidOperationException($"{typeof(TRecord).Name} has no Guid Id property, so it cannot be a node.");
        slice.Nodes.Add(new NodeSource(slice.Module, access, typeof(TGraphType), async (services, ids, ct) =>
        {
            var found = await records(services).AsNoTracking().Where(r => ids.Contains(EF.Property<Guid>(r, "Id"))).ToListAsync(ct);
            return found.Select(r => ((Guid)id(r)!, (object)r)).ToList();
        }));
    }
}
