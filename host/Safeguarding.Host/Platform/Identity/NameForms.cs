using System.Collections.Frozen;

namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// The reference lists of name forms: short forms and pet names (Alfie for Alfred, Peggy for Margaret) and other
/// spellings (Mohamed for Muhammad, Katherine for Catherine), read once from the host's embedded resources.
/// </summary>
internal static class NameForms
{
    private static readonly FrozenDictionary<string, string> SpellingRoot;
    private static readonly FrozenDictionary<string, string[]> FormalNames;

    static NameForms()
    {
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("spellings.txt"))
        {
            var names = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var n in names) spelling.TryAdd(n, names[0]);
        }
        SpellingRoot = spelling.ToFrozenDictionary(StringComparer.Ordinal);

        var formal = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in Lines("nicknames.txt"))
        {
            var colon = line.IndexOf(':');
            var root = Spell(line[..colon].Trim());
            foreach (var n in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Prepend(root))
            {
                if (!formal.TryGetValue(Spell(n), out var set)) formal[Spell(n)] = set = [];
                set.Add(root);
            }
        }
        FormalNames = formal.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>One spelling stands for all the spellings of a name (muhammad and mohamed both give mohammed).</summary>
    public static string Spell(string name) => SpellingRoot.GetValueOrDefault(name, name);

    /// <summary>The name itself (as spelt by <see cref="Spell"/>) and the formal names it is a form of.</summary>
    public static IEnumerable<string> Roots(string name)
    {
        var spelt = Spell(name);
        yield return spelt;
        if (FormalNames.TryGetValue(spelt, out var formal))
            foreach (var f in formal) if (f != spelt) yield return f;
    }

    /// <summary>Every name the lists hold, each once: for generating test data.</summary>
    public static IEnumerable<string> AllNames => SpellingRoot.Keys.Concat(FormalNames.Keys).Distinct();

    /// <summary>How two different names relate: another spelling, a form of one formal name, or neither.</summary>
    public static NameRelation Relate(string a, string b)
    {
        if (a == b) return NameRelation.Same;
        var sa = Spell(a);
        var sb = Spell(b);
        if (sa == sb) return NameRelation.Spelling;
        if (FormalNames.TryGetValue(sa, out var fa) && FormalNames.TryGetValue(sb, out var fb) && fa.Intersect(fb).Any()) return NameRelation.Form;
        return NameRelation.None;
    }

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(NameForms).Assembly.GetManifestResourceStream($"Safeguarding.Host.Platform.Identity.Names.{file}")
            ?? throw new InvalidOperationException($"The name list {file} is not embedded in the host.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') lines.Add(line.Trim());
        return lines;
    }
}

/// <summary>How two names relate in the reference lists.</summary>
internal enum NameRelation
{
    None,
    Same,
    Spelling,
    Form,
}
