using GraphQL.Utilities;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The schema as SDL, the way clients read it from <c>GET /graphql?sdl</c> and the repository commits it
/// (<c>schema.graphql</c>): types and fields in name order, with descriptions and deprecations. Printed once: the
/// schema does not change while the host runs.
/// </summary>
public sealed class SchemaDocument(ISchema schema)
{
    private readonly Lazy<string> _sdl = new(() => Print(schema));

    public string Sdl => _sdl.Value;

    /// <summary>Types and fields in name order: the order of declaration in code is not part of the API.</summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
