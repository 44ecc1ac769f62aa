using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The documents the partnership trusts, each known by the SHA-256 of its text (the id graphql-codegen's persisted
/// documents and the GraphQL-over-HTTP persisted documents appendix use: <c>sha256:</c> and 64 hex digits). Read at
/// start-up from the manifests <see cref="GraphQLOptions.TrustedDocumentManifests"/> names; a manifest whose id does not
/// match its text, or that cannot be read, stops the host rather than serving a document under a false name.
/// The web interface's pages are not here: they run documents compiled into the host, never sent by a browser.
/// </summary>
public sealed class TrustedDocuments
{
    public const string Prefix = "sha256:";

    private readonly Dictionary<string, string> _byHash = new(StringComparer.Ordinal);

    public TrustedDocuments(IOptions<GraphQLOptions> options, IHostEnvironment environment)
    {
        foreach (var manifest in options.Value.TrustedDocumentManifests)
            Load(Path.IsPathRooted(manifest) ? manifest : Path.Combine(environment.ContentRootPath, manifest));
    }

    public int Count => _byHash.Count;

    /// <summary>The id of <paramref name="document"/>: <c>sha256:</c> and the lower-case hex SHA-256 of its UTF-8 text.</summary>
    public static string IdOf(string document) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Whether <paramref name="documentId"/> is written as an id can be: <c>sha256:</c> and 64 hex digits, or the
    /// 64 hex digits alone, as graphql-codegen's client preset sends them.</summary>
    public static bool IsWellFormed(string documentId) => Hash(documentId) is { Length: 64 } hash && hash.All(char.IsAsciiHexDigit);

    private static string Hash(string documentId) => documentId.StartsWith(Prefix, StringComparison.Ordinal) ? documentId[Prefix.Length..] : documentId;

    /// <summary>The trusted document with <paramref name="documentId"/>, or null when none has it.</summary>
    public string? Find(string documentId) =>
        IsWellFormed(documentId) && _byHash.TryGetValue(Hash(documentId).ToLowerInvariant(), out var text) ? text : null;

    private void Load(string path)
    {
        Dictionary<string, string>? entries;
        try { entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)); }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The trusted documents manifest {path} cannot be read: {e.Message}", e);
        }
        foreach (var (key, text) in entries ?? [])
        {
            var id = Prefix + Hash(key);
            if (!IsWellFormed(id) || !string.Equals(id, IdOf(text), StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"The trusted documents manifest {path} names a document {key} that is not the SHA-256 of its text.");
            _byHash[id[Prefix.Length..].ToLowerInvariant()] = text;
        }
    }
}
