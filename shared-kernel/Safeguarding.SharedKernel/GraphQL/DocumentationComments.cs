using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The documentation comments the compiler writes beside an assembly (<c>GenerateDocumentationFile</c>), read so that a
/// record's property is described once, in its summary, and the API shows that description; likewise a slice's field is
/// described by the summary of the handler that resolves it, and an enum and each of its values by theirs. GraphQL.NET
/// reads them only behind a global switch that would describe every type of the schema from its comments; the derived
/// graph types, the slices and the enums ask for their own members alone (decision 0019).
/// </summary>
internal static partial class DocumentationComments
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, XElement>?> Files = new();

    /// <summary>
    /// The summary of <paramref name="property"/>, or, for a positional record, what its documentation says of the
    /// parameter the property comes from. White space is folded, so a comment may run over several lines; null when the
    /// comment says nothing or the assembly has no documentation file.
    /// </summary>
    public static string? Of(PropertyInfo property)
    {
        if (property.DeclaringType is not { } type) return null;
        var summary = Member(type, "P:", "." + property.Name)?.Element("summary")
            ?? Member(type, "T:")?.Elements("param").FirstOrDefault(parameter => (string?)parameter.Attribute("name") == property.Name);
        return Folded(summary);
    }

    /// <summary>
    /// The summary of <paramref name="method"/> (a slice's field handler), white space folded; null when it has none or
    /// the assembly has no documentation file.
    /// </summary>
    public static string? Of(MethodInfo method)
    {
        if (method.DeclaringType is not { } type) return null;
        var parameters = method.GetParameters();
        var name = "." + method.Name + (parameters.Length == 0 ? "" : $"({string.Join(",", parameters.Select(p => DocumentationName(p.ParameterType)))})");
        return Folded(Member(type, "M:", name)?.Element("summary"));
    }

    /// <summary>The summary of <paramref name="type"/> (an enum, say), white space folded; null when it has none.</summary>
    public static string? Of(Type type) => Folded(Member(type, "T:")?.Element("summary"));

    /// <summary>
    /// The summary of a record or input class, as its graph type's description when the graph type gives none: null when
    /// it has none, or when it speaks of the code's methods (a reference to a method means nothing to a client).
    /// </summary>
    public static string? OfRecord(Type type) =>
        Member(type, "T:")?.Element("summary") is { } summary && !summary.Descendants().Any(e => ((string?)e.Attribute("cref"))?.StartsWith("M:", StringComparison.Ordinal) == true)
            ? Folded(summary) : null;

    /// <summary>The summary of <paramref name="field"/> (an enum's member), white space folded; null when it has none.</summary>
    public static string? Of(FieldInfo field) => field.DeclaringType is { } type ? Folded(Member(type, "F:", "." + field.Name)?.Element("summary")) : null;

    /// <summary>
    /// The documentation of a member of <paramref name="type"/> by its documentation name: the kind's prefix, the type's
    /// full name (nested types joined by dots), and <paramref name="member"/> (empty for the type itself).
    /// </summary>
    private static XElement? Member(Type type, string kind, string member = "") =>
        type.FullName is { } name && FileOf(type.Assembly) is { } file ? file.GetValueOrDefault(kind + name.Replace('+', '.') + member) : null;

    /// <summary>A parameter's type as documentation names write it: <c>GraphQL.IResolveFieldContext{Safeguarding.SharedKernel.Subjects.SubjectId}</c>.</summary>
    private static string DocumentationName(Type type)
    {
        if (!type.IsGenericType) return (type.FullName ?? type.Name).Replace('+', '.');
        var definition = type.GetGenericTypeDefinition().FullName!;
        return $"{definition[..definition.IndexOf('`')].Replace('+', '.')}{{{string.Join(",", type.GetGenericArguments().Select(DocumentationName))}}}";
    }

    /// <summary>
    /// The arguments a slice's field handler describes in its comment, each as <c>&lt;arg name="from"&gt;...&lt;/arg&gt;</c>
    /// beside its summary (a handler takes the resolver's context, not the arguments, so <c>param</c> cannot name them).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ArgumentsOf(MethodInfo method)
    {
        if (method.DeclaringType is not { } type) return new Dictionary<string, string>();
        var parameters = method.GetParameters();
        var name = "." + method.Name + (parameters.Length == 0 ? "" : $"({string.Join(",", parameters.Select(p => DocumentationName(p.ParameterType)))})");
        return (Member(type, "M:", name)?.Elements("arg") ?? [])
            .Select(arg => ((string?)arg.Attribute("name"), Folded(arg)))
            .Where(arg => arg.Item1 is not null && arg.Item2 is not null)
            .ToDictionary(arg => arg.Item1!, arg => arg.Item2!, StringComparer.Ordinal);
    }

    /// <summary>
    /// A comment's text as a client reads it: white space folded, a reference to a type or member written as its name
    /// (<c>&lt;see cref="T:Ns.LearningReview"/&gt;</c> is "LearningReview"), a keyword as the word. Null when empty.
    /// </summary>
    private static string? Folded(XElement? summary)
    {
        var text = summary is null ? "" : Whitespace().Replace(string.Concat(summary.Nodes().Select(Text)), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } reference when reference.Value.Length > 0 => reference.Value,
        XElement { Name.LocalName: "see" or "seealso" } reference => NameIn((string?)reference.Attribute("cref")) ?? (string?)reference.Attribute("langword") ?? "",
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
        XElement element => string.Concat(element.Nodes().Select(Text)),
        _ => "",
    };

    /// <summary>"T:Ns.Type", "M:Ns.Type.Method(System.String)", "P:Ns.Type.Property" → the last name: Type, Method, Property.</summary>
    private static string? NameIn(string? cref)
    {
        if (string.IsNullOrEmpty(cref)) return null;
        var name = cref[(cref.IndexOf(':') + 1)..];
        var parameters = name.IndexOf('(');
        if (parameters >= 0) name = name[..parameters];
        var generic = name.IndexOf('`');
        if (generic >= 0) name = name[..generic];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    /// <summary>The assembly's documented members by their documentation name (<c>P:Type.Property</c>, <c>T:Type</c>),
    /// read once: the schema asks for every field of every derived graph type at start.</summary>
    private static IReadOnlyDictionary<string, XElement>? FileOf(Assembly assembly) => Files.GetOrAdd(assembly, static assembly =>
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (assembly.Location.Length == 0 || !File.Exists(path)) return null;
        var members = XDocument.Load(path).Root?.Element("members")?.Elements("member") ?? [];
        var byName = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var member in members)
            if ((string?)member.Attribute("name") is { } name) byName.TryAdd(name, member);
        return byName;
    });

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
