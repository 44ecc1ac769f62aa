using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Depth limits that tell introspection from data. GraphQL.NET's own depth limit counts introspection too, so the
/// standard introspection query of graphql-js (15 fields deep: <c>ofType</c> nine times over) was refused with the data
/// limit of 12 and no client tool could read the schema. Here data fields are held to <see cref="GraphQLOptions.MaxDepth"/>
/// as before, and what sits under <c>__schema</c> or <c>__type</c> to bounds of its own (decision 0023):
/// <list type="bullet">
/// <item>nesting at most <see cref="GraphQLOptions.MaxIntrospectionDepth"/> fields deep, which the fixed <c>ofType</c>
/// chain of the standard query fits and a chain of fifty does not;</item>
/// <item><c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and <c>possibleTypes</c> nested at most
/// <see cref="MaxTypeListNesting"/> deep (graphql-js's own MaxIntrospectionDepthRule), since each level multiplies the
/// answer by the size of the schema;</item>
/// <item>an answer of at most <see cref="GraphQLOptions.MaxIntrospectionReads"/> times what the standard query answers,
/// estimated from the schema's real sizes, so aliases cannot multiply a cheap shape into a huge one.</item>
/// </list>
/// Every refusal is <c>COMPLEXITY</c>, the code clients already handle for a request beyond the limits, with a message
/// that says which bound and how to stay within it. Introspection costs nothing in GraphQL.NET's complexity count
/// (<see cref="IntrospectionOutsideComplexity"/>): these bounds replace it there.
/// </summary>
public sealed class IntrospectionLimitsRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public const string Code = "COMPLEXITY";
    public const int MaxTypeListNesting = 2;

    private static readonly HashSet<string> TypeLists = ["fields", "inputFields", "interfaces", "possibleTypes"];
    private static readonly ConditionalWeakTable<ISchema, IntrospectionPrices> Prices = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var prices = Prices.GetValue(context.Schema, IntrospectionPrices.Of);
        var walk = new Walk(context.Document, prices.Rows);
        var introspection = Measure.None;
        GraphQLField? firstIntrospection = null;
        foreach (var field in walk.RootFields(context.Operation.SelectionSet))
        {
            if (field.Name.StringValue is "__schema" or "__type")
            {
                firstIntrospection ??= field;
                introspection = introspection.Beside(walk.Introspection(field));
                continue;
            }
            var depth = walk.DataDepth(field);
            if (depth > limits.MaxDepth)
            {
                context.ReportError(Refused(context, field,
                    $"Query is too nested to execute. Maximum depth is {depth} levels; maximum allowed on this endpoint is {limits.MaxDepth}."));
                return default;
            }
        }
        if (firstIntrospection is null) return default;

        if (introspection.Depth > limits.MaxIntrospectionDepth)
            context.ReportError(Refused(context, firstIntrospection,
                $"Introspection is nested {introspection.Depth} fields deep; at most {limits.MaxIntrospectionDepth} are allowed " +
                "(the standard introspection query needs 15). Follow ofType no further than a type's wrappers need."));
        else if (introspection.Lists > MaxTypeListNesting)
            context.ReportError(Refused(context, firstIntrospection,
                $"Introspection may nest fields, inputFields, interfaces and possibleTypes at most {MaxTypeListNesting} deep, as the standard " +
                $"introspection query does; this request nests them {introspection.Lists} deep. Read each type once, by its name."));
        else if (introspection.Cost > limits.MaxIntrospectionReads * prices.StandardQuery)
            context.ReportError(Refused(context, firstIntrospection,
                $"This introspection request would answer about {introspection.Cost / prices.StandardQuery:0.#} times what the standard introspection " +
                $"query answers; at most {limits.MaxIntrospectionReads} times is allowed. Read the schema once (GET {GraphQLHttpEndpoint.Path}?sdl gives it as text)."));
        return default;
    }

    private static ValidationError Refused(ValidationContext context, ASTNode node, string message) =>
        new(context.Document.Source, null, message, node) { Code = Code };

    /// <summary>What a selection costs: the values it would answer (each field once per row of the lists around it),
    /// its depth in fields, and how many type-expanding lists it nests.</summary>
    private readonly record struct Measure(double Cost, int Depth, int Lists)
    {
        public static readonly Measure None = new(0, 0, 0);
        public Measure Beside(Measure other) => new(Cost + other.Cost, Math.Max(Depth, other.Depth), Math.Max(Lists, other.Lists));
    }

    /// <summary>
    /// Walks a document with each fragment measured once and reused wherever it is spread, so that fragments which
    /// spread each other many times over cost the walk no more than their text. Cycles and unknown fragments measure
    /// nothing here: the standard rules refuse them.
    /// </summary>
    private sealed class Walk(GraphQLDocument document, IReadOnlyDictionary<string, double> rows)
    {
        private readonly Dictionary<string, Measure> _introspectionFragments = [];
        private readonly Dictionary<string, int> _dataFragments = [];
        private readonly HashSet<string> _visiting = [];

        public IEnumerable<GraphQLField> RootFields(GraphQLSelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        yield return field;
                        break;
                    case GraphQLInlineFragment inline:
                        foreach (var f in RootFields(inline.SelectionSet)) yield return f;
                        break;
                    case GraphQLFragmentSpread spread when Fragment(spread) is { } fragment && _visiting.Add(fragment.FragmentName.Name.StringValue):
                        foreach (var f in RootFields(fragment.SelectionSet)) yield return f;
                        _visiting.Remove(fragment.FragmentName.Name.StringValue);
                        break;
                }
            }
        }

        public Measure Introspection(GraphQLField field)
        {
            var name = field.Name.StringValue;
            var inner = field.SelectionSet is null ? Measure.None : Introspection(field.SelectionSet);
            return new Measure(1 + rows.GetValueOrDefault(name, 1) * inner.Cost, 1 + inner.Depth, (TypeLists.Contains(name) ? 1 : 0) + inner.Lists);
        }

        private Measure Introspection(GraphQLSelectionSet set)
        {
            var measure = Measure.None;
            foreach (var selection in set.Selections)
            {
                measure = measure.Beside(selection switch
                {
                    GraphQLField field => Introspection(field),
                    GraphQLInlineFragment inline => Introspection(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Measured(spread, _introspectionFragments, Measure.None, f => Introspection(f.SelectionSet)),
                    _ => Measure.None,
                });
            }
            return measure;
        }

        public int DataDepth(GraphQLField field) => 1 + (field.SelectionSet is null ? 0 : DataDepth(field.SelectionSet));

        private int DataDepth(GraphQLSelectionSet set)
        {
            var depth = 0;
            foreach (var selection in set.Selections)
            {
                depth = Math.Max(depth, selection switch
                {
                    GraphQLField field => DataDepth(field),
                    GraphQLInlineFragment inline => DataDepth(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Measured(spread, _dataFragments, 0, f => DataDepth(f.SelectionSet)),
                    _ => 0,
                });
            }
            return depth;
        }

        private T Measured<T>(GraphQLFragmentSpread spread, Dictionary<string, T> known, T nothing, Func<GraphQLFragmentDefinition, T> measure)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (known.TryGetValue(name, out var measured)) return measured;
            if (Fragment(spread) is not { } fragment || !_visiting.Add(name)) return nothing;
            try { return known[name] = measure(fragment); }
            finally { _visiting.Remove(name); }
        }

        private GraphQLFragmentDefinition? Fragment(GraphQLFragmentSpread spread) =>
            document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
    }

    /// <summary>
    /// How many rows each introspection list holds on this schema (types: all of them; fields: the average type's, and so
    /// on), and what the standard introspection query costs at those prices: the unit the limit is counted in, so it
    /// grows with the schema rather than being a number someone must remember to raise.
    /// </summary>
    private sealed class IntrospectionPrices
    {
        private static readonly Lazy<GraphQLDocument> StandardQueryDocument = new(() =>
        {
            using var stream = typeof(IntrospectionLimitsRule).Assembly.GetManifestResourceStream("Safeguarding.Host.GraphQL.StandardIntrospectionQuery.graphql")
                ?? throw new InvalidOperationException("The standard introspection query is not embedded in the host.");
            using var reader = new StreamReader(stream);
            return Parser.Parse(reader.ReadToEnd(), new ParserOptions { Ignore = IgnoreOptions.Comments });
        });

        public required IReadOnlyDictionary<string, double> Rows { get; init; }
        public required double StandardQuery { get; init; }

        public static IntrospectionPrices Of(ISchema schema)
        {
            schema.Initialize();
            var types = schema.AllTypes.ToList();
            var outputs = types.Where(t => t is IObjectGraphType or IInterfaceGraphType).Cast<IComplexGraphType>().ToList();
            var inputs = types.OfType<IInputObjectGraphType>().ToList();
            var enums = types.OfType<EnumerationGraphType>().ToList();
            var implementing = types.OfType<IImplementInterfaces>().ToList();
            var abstracts = types.OfType<IAbstractGraphType>().ToList();
            var directives = schema.Directives.ToList();
            var arguments = outputs.SelectMany(t => t.Fields).Sum(f => f.Arguments?.Count ?? 0) + directives.Sum(d => d.Arguments?.Count ?? 0);
            var withArguments = outputs.Sum(t => t.Fields.Count) + directives.Count;

            // Every list under __Type is priced per type of any kind, because the walk multiplies it by all the types:
            // types × fields-per-type is then the schema's real number of fields, not the object types' average times
            // every type. Averages stay fractions: rounding up priced each field's handful of arguments as one or more
            // and let an alias-heavy shape over them look cheaper, next to the standard query, than its answer is.
            var rows = new Dictionary<string, double>
            {
                ["types"] = types.Count,
                ["directives"] = directives.Count,
                ["fields"] = PerRow(outputs.Sum(t => t.Fields.Count), types.Count),
                ["inputFields"] = PerRow(inputs.Sum(t => t.Fields.Count), types.Count),
                ["enumValues"] = PerRow(enums.Sum(t => t.Values.Count), types.Count),
                ["interfaces"] = PerRow(implementing.Sum(t => t.ResolvedInterfaces.Count), types.Count),
                ["possibleTypes"] = PerRow(abstracts.Sum(t => t.PossibleTypes.Count), types.Count),
                ["args"] = PerRow(arguments, withArguments),
                ["locations"] = PerRow(directives.Sum(d => d.Locations.Count), directives.Count),
                ["ofType"] = OfTypeRows(outputs, inputs, directives),
            };
            var walk = new Walk(StandardQueryDocument.Value, rows);
            var operation = StandardQueryDocument.Value.Definitions.OfType<GraphQLOperationDefinition>().Single();
            var cost = walk.RootFields(operation.SelectionSet).Select(walk.Introspection).Aggregate(Measure.None, (a, b) => a.Beside(b)).Cost;
            return new IntrospectionPrices { Rows = rows, StandardQuery = cost };
        }

        /// <summary>
        /// What one more level of <c>ofType</c> answers on average. A type reference answers as many levels as it has
        /// wrappers (non-null, list) plus one, however deep a query follows: with <c>w</c> wrappers on average, pricing
        /// each level at <c>w / (1 + w)</c> of the one above makes the chain cost what its real answers hold, whereas
        /// a whole row per level priced the standard query's nine-deep chain at nine levels on every field.
        /// </summary>
        private static double OfTypeRows(IEnumerable<IComplexGraphType> outputs, IEnumerable<IInputObjectGraphType> inputs, IEnumerable<Directive> directives)
        {
            var references = outputs.SelectMany(t => t.Fields.SelectMany(f => (f.Arguments ?? []).Select(a => a.ResolvedType).Prepend(f.ResolvedType)))
                .Concat(inputs.SelectMany(t => t.Fields.Select(f => f.ResolvedType)))
                .Concat(directives.SelectMany(d => (d.Arguments ?? []).Select(a => a.ResolvedType)))
                .ToList();
            if (references.Count == 0) return 1;
            var wrappers = references.Average(Wrappers);
            return wrappers / (1 + wrappers);
        }

        private static int Wrappers(IGraphType? type) =>
            type is IProvideResolvedType { ResolvedType: var inner } and (NonNullGraphType or ListGraphType) ? 1 + Wrappers(inner) : 0;

        /// <summary>
        /// How many rows of a list each row above it holds on average: never nothing, since a list priced at nothing
        /// would make whatever is aliased inside it free, so an empty list is priced as holding one row in the schema.
        /// </summary>
        private static double PerRow(int rows, int above) => above == 0 ? 1 : Math.Max(rows, 1) / (double)above;
    }
}
