using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Integration.Hostile;

/// <summary>A request for one field, filled by one variant.</summary>
internal sealed record LimitRequest(string Field, LimitVariant Variant, string Query, JsonObject Variables, IReadOnlyList<ArgumentSlot> ExtremeSlots);

/// <summary>
/// Writes, from the schema alone, a request for a field with its arguments filled by a <see cref="LimitVariant"/>:
/// every argument and input field (optional ones too, unless the variant leaves them out), through input objects and
/// lists, and a selection of the answer's fields down to <c>depth</c> levels (fields needing arguments left out).
/// </summary>
/// <param name="now">The host's clock: ordinary dates are today, ordinary date-times an hour ago, as most rules accept.</param>
internal sealed class LimitRequestBuilder(KnownValues known, DateTimeOffset now)
{
    public const string OrdinaryText = "Checked at the ends of its range";
    private readonly string _today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private readonly string _anHourAgo = now.AddHours(-1).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:00'Z'", CultureInfo.InvariantCulture);
    private const int MaxInputDepth = 6;

    /// <summary>
    /// A request for <paramref name="field"/> on <paramref name="operation"/> ("query" or "mutation"). When
    /// <paramref name="via"/> is given, the field is one of <c>Subject</c>'s, reached through that root field with
    /// the id <paramref name="viaId"/>.
    /// </summary>
    public LimitRequest Build(string operation, string owner, FieldType field, LimitVariant variant, int depth, FieldType? via = null, string? viaId = null)
    {
        var variables = new JsonObject();
        var declarations = new List<string>();
        var arguments = new List<string>();
        var extreme = new List<ArgumentSlot>();
        foreach (var argument in field.Arguments ?? [])
        {
            var required = argument.ResolvedType is NonNullGraphType && argument.DefaultValue is null;
            if (variant.RequiredOnly && !required) continue;
            var name = "a_" + argument.Name;
            variables[name] = Value(argument.ResolvedType!, argument.Name, argument.Name, field, variant, extreme, 0);
            declarations.Add($"${name}: {Print(argument.ResolvedType!)}");
            arguments.Add($"{argument.Name}: ${name}");
        }

        // Below depth 0 only the type's name is asked for: the narrowest answer an object can give.
        var selection = depth >= 0 ? Selection(field.ResolvedType!, depth, []) : Unwrap(field.ResolvedType!) is ScalarGraphType or EnumerationGraphType ? "" : " { __typename }";
        var call = field.Name + (arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : "") + selection;
        if (via is not null)
        {
            var idArgument = via.Arguments!.Single(a => a.ResolvedType is NonNullGraphType);
            variables["viaId"] = viaId;
            declarations.Add($"$viaId: {Print(idArgument.ResolvedType!)}");
            call = $"{via.Name}({idArgument.Name}: $viaId) {{ {call} }}";
        }
        var query = $"{operation} Limits{(declarations.Count > 0 ? "(" + string.Join(", ", declarations) + ")" : "")} {{ {call} }}";
        return new LimitRequest($"{owner}.{field.Name}", variant, query, variables, extreme);
    }

    /// <summary>Every slot of a field's arguments, optional ones included (for the variants that target one slot).</summary>
    public static IReadOnlyList<ArgumentSlot> Slots(FieldType field)
    {
        var slots = new List<ArgumentSlot>();
        foreach (var argument in field.Arguments ?? []) Collect(argument.ResolvedType!, argument.Name, argument.Name, field, slots, 0);
        return slots;
    }

    private static void Collect(IGraphType type, string path, string name, FieldType field, List<ArgumentSlot> slots, int depth)
    {
        switch (type)
        {
            case NonNullGraphType nonNull: Collect(nonNull.ResolvedType!, path, name, field, slots, depth); break;
            case ListGraphType list: Collect(list.ResolvedType!, path + "[0]", name, field, slots, depth); break;
            case IInputObjectGraphType input when depth < MaxInputDepth:
                foreach (var f in input.Fields) Collect(f.ResolvedType!, path + "." + f.Name, f.Name, field, slots, depth + 1);
                break;
            case ScalarGraphType or EnumerationGraphType: slots.Add(new ArgumentSlot(path, name, type, field)); break;
        }
    }

    private JsonNode? Value(IGraphType type, string path, string name, FieldType field, LimitVariant variant, List<ArgumentSlot> extreme, int depth)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                return Value(nonNull.ResolvedType!, path, name, field, variant, extreme, depth);
            case ListGraphType list:
                return variant.EmptyLists ? new JsonArray() : new JsonArray(Value(list.ResolvedType!, path + "[0]", name, field, variant, extreme, depth));
            case IInputObjectGraphType input:
                var obj = new JsonObject();
                if (depth >= MaxInputDepth) return obj;
                foreach (var f in input.Fields)
                {
                    if (variant.RequiredOnly && (f.ResolvedType is not NonNullGraphType || f.DefaultValue is not null)) continue;
                    obj[f.Name] = Value(f.ResolvedType!, path + "." + f.Name, f.Name, field, variant, extreme, depth + 1);
                }
                return obj;
            default:
                var slot = new ArgumentSlot(path, name, type, field);
                if (variant.Value(slot) is { } value)
                {
                    extreme.Add(slot);
                    return value;
                }
                return Ordinary(slot);
        }
    }

    /// <summary>A value that would pass on its own: one the host knows where it has one, otherwise a plain one.</summary>
    private JsonNode? Ordinary(ArgumentSlot slot) => slot.Type switch
    {
        EnumerationGraphType e => JsonValue.Create(e.Values.First().Name),
        _ when slot.IsScalar(LimitVariant.DateScalars) => JsonValue.Create(_today),
        _ when slot.IsScalar(LimitVariant.DateTimeScalars) => JsonValue.Create(_anHourAgo),
        _ when slot.IsScalar("Int", "Long", "Decimal", "Float") => JsonValue.Create(1),
        _ when slot.IsScalar("Boolean") => JsonValue.Create(true),
        _ when slot.IsScalar("FinancialYear") => JsonValue.Create(FinancialYear.Of(DateOnly.Parse(_today, CultureInfo.InvariantCulture)).Label),
        _ when slot.IsScalar("FinancialQuarter") => JsonValue.Create(FinancialQuarter.Of(DateOnly.Parse(_today, CultureInfo.InvariantCulture)).Label),
        _ when slot.IsScalar("ID") => JsonValue.Create(known.IdFor(slot.Name, slot.Field.ResolvedType!, slot.Field.ModuleOf()) ?? Guid.NewGuid().ToString()),
        _ when slot.IsScalar("String") => JsonValue.Create(known.TextFor(slot.Name, slot.Field.ModuleOf()) ?? OrdinaryText),
        _ => throw new InvalidOperationException(
            $"{slot.Field.Name}({slot.Path}) is of the scalar {slot.Type.Name}, which this test cannot fill yet: teach LimitVariant its ordinary and extreme values."),
    };

    /// <summary>The answer's fields without required arguments, down to <paramref name="depth"/> levels of objects.</summary>
    public static string Selection(IGraphType type, int depth, HashSet<string> seen)
    {
        var named = Unwrap(type);
        if (named is ScalarGraphType or EnumerationGraphType) return "";
        if (named is not IObjectGraphType objectType) return " { __typename }";
        var parts = new List<string>();
        foreach (var f in objectType.Fields)
        {
            if ((f.Arguments ?? []).Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null)) continue;
            var inner = Unwrap(f.ResolvedType!);
            if (inner is ScalarGraphType or EnumerationGraphType) parts.Add(f.Name);
            else if (depth > 0 && !seen.Contains(inner.Name)) parts.Add(f.Name + Selection(inner, depth - 1, [.. seen, objectType.Name]));
        }
        return parts.Count == 0 ? " { __typename }" : " { " + string.Join(" ", parts) + " }";
    }

    public static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType!),
        ListGraphType l => Unwrap(l.ResolvedType!),
        _ => type,
    };

    public static string Print(IGraphType type) => type switch
    {
        NonNullGraphType n => Print(n.ResolvedType!) + "!",
        ListGraphType l => "[" + Print(l.ResolvedType!) + "]",
        _ => type.Name,
    };

    /// <summary>The bytes the request body will take, as <c>GraphQLClient</c> writes it.</summary>
    public static int BodyBytes(LimitRequest request) =>
        Encoding.UTF8.GetByteCount(System.Text.Json.JsonSerializer.Serialize(new { query = request.Query, variables = request.Variables, operationName = (string?)null }));
}
