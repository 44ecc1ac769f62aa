namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Global object identification: <c>node(id:)</c> and <c>nodes(ids:)</c> fetch again, by id alone, any record whose type
/// implements <c>Node</c> (a client's cache refreshing what it holds). Each module declares where its nodes are found and
/// who may read them (<see cref="NodeSources"/>); a source is asked only when its module is on and the caller has its
/// access, so an id the caller may not read answers null, as an unknown one does, and says nothing of the record.
/// </summary>
internal static class NodeGraph
{
    /// <summary>The most ids <c>nodes</c> takes in one request.</summary>
    public const int MostIds = 100;

    public static void Contribute(ObjectGraphType query, NodeSources sources)
    {
        query.Field<NodeGraphType>("node")
            .Description("The record with this id, whatever its type (ask for its fields with `... on Type`), or null when there is none you may read: " +
                         "an unknown id, a record of a module switched off, or one your role does not open.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A record's id, as any field of the API gave it.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (await FindAsync(c, sources, [c.GetArgument<string>("id")]))[0]);

        query.Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description($"The records with these ids, in the order asked, each null where `node` would be null. At most {MostIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Records' ids, as fields of the API gave them.")
            .Allow(Access.AnySignedIn)
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c => await FindAsync(c, sources, c.GetArgument<List<string>>("ids")));
    }

    private static async Task<IReadOnlyList<object?>> FindAsync(IResolveFieldContext c, NodeSources sources, IReadOnlyList<string> asked)
    {
        if (asked.Count > MostIds)
            throw DomainException.Invalid("ids", $"{asked.Count} ids were asked for; ask for at most {MostIds} at a time.");
        var ids = asked.Select((text, i) => InputCheck.Id(text, asked.Count == 1 ? "id" : $"ids[{i}]", "The record")).ToList();
        var catalog = c.Service<ModuleCatalog>();
        var switches = c.Service<ModuleSwitchboard>();
        var found = new Dictionary<Guid, object>();
        foreach (var source in sources.All)
        {
            var wanted = ids.Where(id => !found.ContainsKey(id)).Distinct().ToList();
            if (wanted.Count == 0) break;
            var module = catalog.Find(source.Module);
            if (!c.User!.Allows(source.Access, module?.WorkingGroup ?? source.Module)) continue;
            if (!await switches.IsEnabledAsync(module?.FeatureFlag ?? source.Module, c.CancellationToken)) continue;
            foreach (var (id, record) in await source.FindAsync(c.RequestServices!, wanted, c.CancellationToken)) found.TryAdd(id, record);
        }
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }
}
