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

    private static string? Folded(XElement? summary)
    {
        var text = summary is null ? "" : Whitespace().Replace(summary.Value, " ").Trim();
        return text.Length == 0 ? null : text;
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
