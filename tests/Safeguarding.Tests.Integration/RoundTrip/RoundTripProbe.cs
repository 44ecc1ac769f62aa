using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.RoundTrip;

/// <summary>
/// Writes through mutations with text nobody else would write, and reads through queries, then says which text was
/// written but never read back. Each marker (<see cref="Text"/>) is unique to one write, so finding it in a query's
/// answer proves the query returned what that write stored. The probe also notes at which text place of which mutation
/// each marker went in (<see cref="PlacesWritten"/>), so a test can ask whether every place was tried.
/// </summary>
public sealed partial class RoundTripProbe(PartnershipHost host, ISchema schema)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private int _next;
    private readonly Dictionary<string, string> _placeOfMarker = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placesWritten = new(StringComparer.Ordinal);
    private readonly List<string> _answers = [];

    public PartnershipHost Host { get; } = host;

    /// <summary>Text no other write holds: lower-case letters and digits, so that no rule trims, folds or rejects it.</summary>
    public string Text(string? words = null)
    {
        var marker = $"rt{_run}n{++_next}q";
        return words is null ? marker : $"{words} {marker}";
    }

    /// <summary>The text places (see <see cref="TextInputs"/>) that carried a marker in some write.</summary>
    public IReadOnlySet<string> PlacesWritten => _placesWritten;

    /// <summary>
    /// Calls <paramref name="mutation"/> as <paramref name="user"/> with <paramref name="arguments"/> (an object whose
    /// properties are the arguments, e.g. <c>new { input = new { ... } }</c>) and answers the field's result, which must
    /// not be an error. The document and its variables' types are made from the schema. The mutation's own answer does
    /// not count as reading back.
    /// </summary>
    public async Task<JsonNode?> WriteAsync(string user, string mutation, object arguments, string? selection = null)
    {
        var field = schema.Mutation!.GetField(mutation) ?? throw new ArgumentException($"No mutation {mutation}.");
        var values = JsonSerializer.SerializeToNode(arguments)!.AsObject();
        var declared = new List<string>();
        var passed = new List<string>();
        foreach (var (name, value) in values)
        {
            var argument = field.Arguments?.Find(name) ?? throw new ArgumentException($"{mutation} has no argument {name}.");
            declared.Add($"${name}: {TextInputs.TypeName(argument.ResolvedType!)}");
            passed.Add($"{name}: ${name}");
            TextInputs.Walk(value, argument.ResolvedType!, TextInputs.Place(mutation, name), Note);
        }
        var returnsObject = field.ResolvedType!.GetNamedType() is not ScalarGraphType and not EnumerationGraphType;
        var document = $"mutation RoundTrip({string.Join(", ", declared)}) {{ {mutation}({string.Join(", ", passed)}) {(returnsObject ? selection ?? "{ __typename }" : "")} }}";
        var response = (await Host.As(user).SendAsync(document, values)).AssertOk();
        return response.Data![mutation];
    }

    /// <summary>Runs a query (never a mutation) as <paramref name="user"/>; what it answers counts as read back.</summary>
    public async Task<JsonNode> ReadAsync(string user, string query, object? variables = null)
    {
        Assert.False(query.TrimStart().StartsWith("mutation", StringComparison.OrdinalIgnoreCase), "Reading back must be done by a query.");
        var response = (await Host.As(user).SendAsync(query, variables)).AssertOk();
        _answers.Add(response.Body!.ToJsonString());
        return response.Data!;
    }

    /// <summary>Markers that went in through a mutation and have not been seen in any query's answer, with where they went in.</summary>
    public IReadOnlyList<(string Place, string Marker)> Unread()
    {
        var seen = new HashSet<string>(_answers.SelectMany(a => Marker().Matches(a).Select(m => m.Value)), StringComparer.Ordinal);
        return _placeOfMarker.Where(p => !seen.Contains(p.Key)).Select(p => (p.Value, p.Key)).OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
    }

    private void Note(string place, string text)
    {
        foreach (Match marker in Marker().Matches(text))
        {
            if (!marker.Value.StartsWith($"rt{_run}n", StringComparison.Ordinal)) continue;
            _placeOfMarker[marker.Value] = place;
            _placesWritten.Add(place);
        }
    }

    [GeneratedRegex("rt[0-9a-f]{6}n[0-9]+q")]
    private static partial Regex Marker();
}
