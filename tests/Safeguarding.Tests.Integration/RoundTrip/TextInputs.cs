using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Tests.Integration.RoundTrip;

/// <summary>
/// The places where a mutation takes text from its caller, read from the schema itself, so that a field added later is
/// found without anyone listing it. A place is named by the mutation, the argument and the path inside it, e.g.
/// <c>recordMeeting(input).decisions[]</c> or <c>recordAdolescentLocation(name)</c>. Ids, numbers, dates and enums are
/// not text: they are references and values the per-module tests check.
/// </summary>
public static class TextInputs
{
    /// <summary>Every text place of every mutation that the named modules contribute.</summary>
    public static IReadOnlySet<string> Of(ISchema schema, IReadOnlyCollection<string> modules)
    {
        var places = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mutation in schema.Mutation!.Fields.Where(f => f.ModuleOf() is { } m && modules.Contains(m)))
            foreach (var argument in mutation.Arguments ?? [])
                Collect(argument.ResolvedType!, Place(mutation.Name, argument.Name), places, depth: 0);
        return places;
    }

    public static string Place(string mutation, string argument) => $"{mutation}({argument})";

    /// <summary>The argument's type as a variable declares it, e.g. <c>[String!]!</c>.</summary>
    public static string TypeName(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => TypeName(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + TypeName(list.ResolvedType!) + "]",
        _ => type.Name,
    };

    /// <summary>Calls <paramref name="visit"/> for each text place in a value of <paramref name="type"/>, with the text found there.</summary>
    public static void Walk(System.Text.Json.Nodes.JsonNode? value, IGraphType type, string place, Action<string, string> visit)
    {
        if (value is null) return;
        switch (type)
        {
            case NonNullGraphType nonNull:
                Walk(value, nonNull.ResolvedType!, place, visit);
                break;
            case ListGraphType list:
                if (value is System.Text.Json.Nodes.JsonArray items)
                    foreach (var item in items) Walk(item, list.ResolvedType!, place + "[]", visit);
                break;
            case IInputObjectGraphType input:
                if (value is System.Text.Json.Nodes.JsonObject fields)
                    foreach (var field in input.Fields)
                        if (fields.TryGetPropertyValue(field.Name, out var inner)) Walk(inner, field.ResolvedType!, place + "." + field.Name, visit);
                break;
            case StringGraphType:
                if (value is System.Text.Json.Nodes.JsonValue text && text.TryGetValue<string>(out var s)) visit(place, s);
                break;
        }
    }

    private static void Collect(IGraphType type, string place, ISet<string> places, int depth)
    {
        if (depth > 10) throw new InvalidOperationException($"Input types nest deeper than 10 at {place}.");
        switch (type)
        {
            case NonNullGraphType nonNull:
                Collect(nonNull.ResolvedType!, place, places, depth);
                break;
            case ListGraphType list:
                Collect(list.ResolvedType!, place + "[]", places, depth);
                break;
            case IInputObjectGraphType input:
                foreach (var field in input.Fields) Collect(field.ResolvedType!, place + "." + field.Name, places, depth + 1);
                break;
            case StringGraphType:
                places.Add(place);
                break;
        }
    }
}
