namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The one schema: the platform's own fields plus every module's slice, stitched at start-up. Each field a module
/// adds is stamped with the module's name (so the gate can answer MODULE_DISABLED) and must say who may reach it.
/// </summary>
public sealed class PartnershipSchema : Schema
{
    /// <summary>Where <c>node(id:)</c> finds each type of record that implements Node, as the modules declared them.</summary>
    public NodeSources Nodes { get; } = new();

    public PartnershipSchema(IServiceProvider services, ModuleCatalog catalog, SubjectGraphType subject) : base(services)
    {
        // The introspection graphql-js's tools send with every option on: directives' isRepeatable, deprecated arguments
        // and input fields, and scalars' specifiedByURL.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new StandardIntrospectionFields());
        RegisterVisitor(new IntrospectionOutsideComplexity());
        RegisterVisitor(new EnumDescriptions());
        RegisterVisitor(new ConventionalDescriptions());
        RegisterDerivedTypeMappings(catalog);

        var kernelSubjectFields = subject.Fields.ToHashSet(); // the kernel's own id and guarded identity field
        var query = new ObjectGraphType { Name = "Query", Description = "Everything the partnership can be asked." };
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Everything the partnership can record." };
        var subscription = new ObjectGraphType
        {
            Name = "Subscription",
            Description = "What happens as it happens, over WebSocket (graphql-transport-ws) or Server-Sent Events: each field tells a fact once it " +
                          "is recorded. Nothing is kept for a client that was not listening; read it with a query. Same sign-in and access rules as queries.",
        };

        var nodes = Nodes;
        PlatformGraph.Contribute(query, mutation, subscription);
        BankHolidayGraph.Contribute(query, mutation);
        NodeGraph.Contribute(query, nodes);
        RequireAccessOnEveryField("Platform", query.Fields.Concat(mutation.Fields).Concat(subscription.Fields), workingGroup: null);

        foreach (var module in catalog.Modules)
        {
            var before = query.Fields.Concat(mutation.Fields).Concat(subscription.Fields).Concat(subject.Fields).ToHashSet();
            before.UnionWith(kernelSubjectFields);
            module.ContributeGraphQL(new GraphQLSlice(module.Name, query, mutation, subscription, subject, nodes));
            var added = query.Fields.Concat(mutation.Fields).Concat(subscription.Fields).Concat(subject.Fields).Where(f => !before.Contains(f)).ToList();
            foreach (var field in added) field.Metadata[FieldAccess.ModuleKey] = module.Name;
            RequireAccessOnEveryField(module.Name, added, module.WorkingGroup);
            // A module's part of the Subject may be withheld (null) in subjectView, so it is nullable whatever the module declared.
            foreach (var field in added.Where(subject.Fields.Contains)) field.Type = Nullable(field.Type);
        }

        // A failed mutation field answers null with its error, and never takes the fields beside it down with it: a
        // request that recorded two things and failed on a third must tell the client what it recorded.
        foreach (var field in mutation.Fields) field.Type = Nullable(field.Type);

        // A subscription opens its stream only past the same module switch and access rule as any other field.
        foreach (var field in subscription.Fields) field.StreamResolver = new GatedSourceStream(field.StreamResolver!, catalog);

        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Safeguarding.Modular: the whole partnership in one schema.";
    }

    /// <summary>
    /// A property of a record is shown with the graph type written for its CLR type, so that a graph type derived from a
    /// record needs to name only what differs: every graph type of the kernel, the host and the modules that derives from
    /// a record, an input or an enum is mapped to it.
    /// </summary>
    private void RegisterDerivedTypeMappings(ModuleCatalog catalog)
    {
        foreach (var assembly in catalog.Modules.Select(m => m.GetType().Assembly)
                     .Append(typeof(PartnershipSchema).Assembly).Append(typeof(RecordGraphType<>).Assembly).Distinct())
            this.RegisterTypeMappings(assembly);
    }

    private static Type? Nullable(Type? type) =>
        type is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(NonNullGraphType<>) ? t.GetGenericArguments()[0] : type;

    /// <summary>Every field a module adds to the root types or to Subject must say who may reach it, and that must be somebody
    /// (a platform field has no working group, so "working group members" alone opens it to nobody). Fields of a module's
    /// own types are reached only through those, so they inherit the gate of the field that returned them.</summary>
    private static void RequireAccessOnEveryField(string owner, IEnumerable<FieldType> fields, string? workingGroup)
    {
        var list = fields.ToList();
        var open = list.Where(f => f.AccessOf() is null).Select(f => f.Name).ToList();
        if (open.Count > 0)
            throw new InvalidOperationException($"{owner} adds fields that do not say who may reach them: {string.Join(", ", open)}. Call .Allow(...) on each.");
        var closed = list.Where(f => !AccessAudience.LetsAnyoneIn(f.AccessOf()!.Value, workingGroup)).Select(f => f.Name).ToList();
        if (closed.Count > 0)
            throw new InvalidOperationException($"{owner} adds fields that nobody may reach: {string.Join(", ", closed)}. Allow at least one role in.");
    }
}
