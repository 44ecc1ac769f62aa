using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL.Types;

namespace Safeguarding.Tests.Integration.Hostile;

/// <summary>
/// Ids and texts the host itself shows, read from its answers, so that an argument's ordinary value can be one the
/// host knows: an id argument gets an id of the type its name points at ("settingId": an EducationSetting's id; "id":
/// one of the field's own type), a text argument a text the host shows under the same name ("year", "quarter"). Without
/// these, most fields would stop at NOT_FOUND or VALIDATION before ever reaching the code that uses a date or a number.
/// </summary>
internal sealed partial class KnownValues
{
    private const int LongestText = 200;
    private readonly Dictionary<string, List<string>> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _idModules = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Texts by (module, name), and by ("", name) for any module: modules write some texts differently ("2023/24", "2023-24").</summary>
    private readonly Dictionary<(string Module, string Name), string> _texts = new();

    public int IdCount => _ids.Values.Sum(v => v.Count);
    public int TextCount => _texts.Count;

    /// <summary>Reads every id and short text out of an answer of <paramref name="module"/>, knowing from the schema what type each object is.</summary>
    public void Harvest(JsonNode? node, IGraphType type, string? module)
    {
        switch (type)
        {
            case NonNullGraphType nonNull: Harvest(node, nonNull.ResolvedType!, module); return;
            case ListGraphType list:
                if (node is JsonArray items) foreach (var item in items) Harvest(item, list.ResolvedType!, module);
                return;
            case IObjectGraphType objectType when node is JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (objectType.GetField(name) is not { } field) continue;
                    var leaf = LimitRequestBuilder.Unwrap(field.ResolvedType!);
                    if (leaf.Name == "ID") AddIds(name == "id" ? objectType.Name : Stem(name), value, module);
                    else if (leaf.Name == "String" && value is JsonValue text && text.TryGetValue<string>(out var s)) AddText(name, s, module);
                    else Harvest(value, field.ResolvedType!, module);
                }
                return;
        }
    }

    /// <summary>
    /// An id the host holds for an argument of this name on a field of <paramref name="module"/> returning
    /// <paramref name="returnType"/>, if any.
    /// </summary>
    public string? IdFor(string argument, IGraphType returnType, string? module)
    {
        var own = LimitRequestBuilder.Unwrap(returnType).Name;
        var stem = argument is "id" or "ids" ? own : Stem(argument);
        if (stem is null) return null;
        // "ownerPartnerId": try "ownerPartner", then "Partner".
        var words = Words().Matches(stem).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var suffix = string.Concat(words.Skip(i));
            var best = _ids.Keys.Where(k => k.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(k => string.Equals(k, own, StringComparison.OrdinalIgnoreCase))
                .ThenByDescending(k => module is not null && _idModules[k].Contains(module))
                .ThenByDescending(k => string.Equals(k, suffix, StringComparison.OrdinalIgnoreCase))
                .ThenByDescending(k => own.EndsWith(k, StringComparison.OrdinalIgnoreCase))
                .ThenBy(k => k, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null) return _ids[best][0];
        }
        return null;
    }

    /// <summary>A text the host shows under this name, or under the name's last word ("fromQuarter": "quarter"), in the same module if it can.</summary>
    public string? TextFor(string argument, string? module)
    {
        var last = Words().Matches(argument).LastOrDefault()?.Value ?? argument;
        foreach (var key in new[] { (module ?? "", argument), ("", argument), (module ?? "", last.ToLowerInvariant()), ("", last.ToLowerInvariant()) })
            if (_texts.TryGetValue(key, out var text)) return text;
        return null;
    }

    private void AddIds(string? key, JsonNode? value, string? module)
    {
        if (key is null) return;
        if (!_idModules.TryGetValue(key, out var modules)) _idModules[key] = modules = new HashSet<string>(StringComparer.Ordinal);
        if (module is not null) modules.Add(module);
        var values = value switch
        {
            JsonArray items => items.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null),
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            _ => [],
        };
        foreach (var id in values)
        {
            if (string.IsNullOrEmpty(id)) continue;
            if (!_ids.TryGetValue(key, out var list)) _ids[key] = list = [];
            if (!list.Contains(id)) list.Add(id);
        }
    }

    private void AddText(string name, string value, string? module)
    {
        if (value.Length is 0 or > LongestText || value.Contains('\n')) return;
        _texts.TryAdd((module ?? "", name), value);
        _texts.TryAdd(("", name), value);
    }

    /// <summary>"settingId" and "settingIds" point at "setting"; other names at nothing.</summary>
    private static string? Stem(string name) =>
        name.EndsWith("Ids", StringComparison.Ordinal) && name.Length > 3 ? name[..^3]
        : name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2]
        : null;

    [GeneratedRegex("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex Words();
}
