using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace Safeguarding.Host.GraphQL;

/// <summary>Bound from the "GraphQL" configuration section.</summary>
public sealed class GraphQLOptions
{
    /// <summary>How deep data fields may nest; introspection has its own bounds (<see cref="IntrospectionLimitsRule"/>).</summary>
    public int MaxDepth { get; set; } = 12;
    /// <summary>How deep fields may nest under <c>__schema</c> or <c>__type</c>; the standard introspection query needs 15.</summary>
    public int MaxIntrospectionDepth { get; set; } = 20;
    /// <summary>The most one request may introspect, in multiples of what the standard introspection query answers.</summary>
    public double MaxIntrospectionReads { get; set; } = 2;
    public int MaxComplexity { get; set; } = 5000;
    public long MaxRequestBytes { get; set; } = 1024 * 1024;
    /// <summary>Root fields one mutation request may hold; a module's batch mutation counts once.</summary>
    public int MaxMutationFields { get; set; } = 25;
    /// <summary>Fields one request may write out (aliases and fragments included), checked before validation.</summary>
    public int MaxFields { get; set; } = 1000;
    /// <summary>How much validated document text is kept parsed (<see cref="ValidatedDocuments"/>), in characters: about a
    /// thousand ordinary queries at the default. Zero keeps none.</summary>
    public long ValidatedDocumentsSize { get; set; } = 2_000_000;
    /// <summary>
    /// Web origins (scheme, host and port, as <c>https://dashboard.example.org</c>) whose pages may call /graphql from a
    /// browser with a bearer token: partner dashboards. None by default: no page of another site may (see
    /// <see cref="PartnerDashboardCors"/>).
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];
    /// <summary>
    /// Files of trusted documents (JSON objects of <c>"sha256:&lt;hex&gt;"</c> to document text, the persisted-documents
    /// manifest graphql-codegen's client preset writes): a client may send <c>documentId</c> instead of the query
    /// (<see cref="TrustedDocuments"/>). Relative paths are read from the host's content root.
    /// </summary>
    public List<string> TrustedDocumentManifests { get; set; } = [];
    /// <summary>When true, /graphql executes only trusted documents, sent by <c>documentId</c>: a query written by the
    /// client is refused with <c>TRUSTED_DOCUMENTS_ONLY</c>. Off by default. The SDL at <c>GET /graphql?sdl</c> stays open.</summary>
    public bool OnlyTrustedDocuments { get; set; }
}

/// <summary>
/// /graphql by the GraphQL-over-HTTP specification: POST with application/json, GET for queries only,
/// responses in application/graphql-response+json (or application/json when that is all the client accepts),
/// 400 for requests that cannot be executed, 401 without a token, 405 for a mutation over GET, 406, 413, 415.
/// A POST that accepts only <c>text/event-stream</c> is answered as Server-Sent Events (<see cref="ServerSentEvents"/>), and a
/// WebSocket upgrade speaks graphql-transport-ws (<see cref="GraphQLWebSocketEndpoint"/>): subscriptions are served there.
/// Beside the protocol, for people and tools: <c>GET /graphql?sdl</c> answers the schema as SDL text, and a browser that
/// asks for HTML gets GraphiQL (<see cref="GraphiQLPage"/>).
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    /// <summary>Required on requests authenticated by the web interface's cookie rather than a bearer token (CSRF defence).</summary>
    public const string CookieRequestHeader = "X-Partnership-Request";
    /// <summary><c>GET /graphql?sdl</c> answers the schema as SDL.</summary>
    public const string SdlParameter = "sdl";
    public const string SdlMediaType = "text/plain; charset=utf-8";

    public static void MapPartnershipGraphQL(this WebApplication app)
    {
        app.MapMethods(Path, ["GET", "POST"], HandleAsync).DisableAntiforgery().RequireCors(PartnerDashboardCors.Policy);
        app.MapMethods(Path, ["PUT", "PATCH", "DELETE"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
    }

    private static async Task HandleAsync(HttpContext http, PartnershipExecutor executor, IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options,
        SchemaDocument schemaDocument)
    {
        if (HttpMethods.IsGet(http.Request.Method) && http.Request.Query.ContainsKey(SdlParameter))
        {
            await WriteSdlAsync(http, serializer, schemaDocument);
            return;
        }
        if (GraphiQLPage.IsWanted(http.Request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }

        if (http.WebSockets.IsWebSocketRequest)
        {
            await http.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(http);
            return;
        }
        var eventStream = HttpMethods.IsPost(http.Request.Method) && AcceptsEventStream(http.Request);
        var mediaType = eventStream ? GraphQLResponseJson : NegotiateMediaType(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, GraphQLResponseJson, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"This endpoint answers in {GraphQLResponseJson} or {Json}.");
            return;
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "Sign in first: send a bearer token in the Authorization header.");
            return;
        }
        if (!http.Request.Headers.ContainsKey(HeaderNames.Authorization) && string.IsNullOrEmpty(http.Request.Headers[CookieRequestHeader]))
        {
            // Signed in with the web interface's cookie: a page of another site could make the browser send it, so such
            // requests must carry a header that only a script of this site can add (another site's would need CORS).
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                $"Requests signed in with the web interface's cookie must carry the {CookieRequestHeader} header.");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsGet(http.Request.Method) ? ReadGet(http.Request, serializer) : await ReadPostAsync(http, serializer, options.Value);
        }
        catch (BadGraphQLRequest bad)
        {
            await WriteErrorAsync(http, serializer, mediaType, bad.Status, bad.Code, bad.Message);
            return;
        }
        if (Trusted(request!, http.RequestServices.GetRequiredService<TrustedDocuments>(), options.Value) is { } refusal)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, refusal.Code, refusal.Message);
            return;
        }

        var document = executor.Parse(request!); // once, for the GET check and for execution
        if (HttpMethods.IsGet(http.Request.Method) && IsMutationOrSubscription(request, document.Document))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, "MUTATION_OVER_GET",
                "Only queries may be sent with GET; send mutations with POST.");
            return;
        }

        if (eventStream)
        {
            await ServerSentEvents.AnswerAsync(http, executor, serializer, request, document);
            return;
        }

        var result = await executor.ExecuteAsync(request, document, http.User, http.RequestServices, http.RequestAborted);

        var status = StatusCodes.Status200OK;
        if (!result.Executed && mediaType == GraphQLResponseJson) status = StatusCodes.Status400BadRequest;
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// <c>GET /graphql?sdl</c>: the schema as SDL text, the same document as the committed <c>schema.graphql</c>, for anyone
    /// signed in. Not for anonymous callers: the schema names what the partnership records about children, which is for
    /// its own people and partners to read. A cookie needs no <see cref="CookieRequestHeader"/> here: the answer is the
    /// same for everyone, changes nothing, and another site cannot read it.
    /// </summary>
    private static async Task WriteSdlAsync(HttpContext http, IGraphQLTextSerializer serializer, SchemaDocument schemaDocument)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, serializer, GraphQLResponseJson, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "Sign in first: send a bearer token in the Authorization header.");
            return;
        }
        http.Response.ContentType = SdlMediaType;
        http.Response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.WriteAsync(schemaDocument.Sdl, http.RequestAborted);
    }

    private static bool IsMutationOrSubscription(GraphQLRequest request, GraphQLDocument? document)
    {
        if (document is null) return false; // the executer reports the syntax error
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return chosen is not null && chosen.Operation != OperationType.Query;
    }

    /// <summary>The client asks for Server-Sent Events (and nothing else it prefers): a subscription, or any operation, answered as a stream.</summary>
    private static bool AcceptsEventStream(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept.Where(v => v is not null).ToList()!, out var types)
        && types.OrderByDescending(t => t.Quality ?? 1.0).FirstOrDefault()?.MediaType.Value?.Equals(ServerSentEvents.MediaType, StringComparison.OrdinalIgnoreCase) == true;

    private static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept)) return GraphQLResponseJson;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.Where(v => v is not null).ToList()!, out var types)) return GraphQLResponseJson;
        foreach (var t in types.OrderByDescending(t => t.Quality ?? 1.0))
        {
            var name = t.MediaType.Value?.ToLowerInvariant();
            if (name == GraphQLResponseJson || name == "*/*" || name == "application/*") return GraphQLResponseJson;
            if (name == Json) return Json;
        }
        return null;
    }

    /// <summary>
    /// A request naming a trusted document by <c>documentId</c> gets that document's text as its query; null when the
    /// request may go on, otherwise the refusal: an id no trusted document has, or a query written by the client while
    /// <see cref="GraphQLOptions.OnlyTrustedDocuments"/> is on.
    /// </summary>
    public static (string Code, string Message)? Trusted(GraphQLRequest request, TrustedDocuments trusted, GraphQLOptions options)
    {
        if (request.DocumentId is { } id)
        {
            if (!TrustedDocuments.IsWellFormed(id))
                return ("BAD_REQUEST", $"documentId must be the 64 hex digits of the document's SHA-256, after {TrustedDocuments.Prefix} or alone.");
            if (trusted.Find(id) is not { } text)
                return (ErrorCodes.PersistedDocumentNotFound, $"No trusted document has the id {id}. Send the query itself, or register the document in a manifest the partnership trusts.");
            request.Query = text;
            return null;
        }
        return options.OnlyTrustedDocuments
            ? (ErrorCodes.TrustedDocumentsOnly, "This partnership executes only trusted documents: send documentId instead of the query. The schema is at GET /graphql?sdl.")
            : null;
    }

    private static GraphQLRequest ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        var query = request.Query["query"].ToString();
        var documentId = request.Query["documentId"].ToString();
        if (!string.IsNullOrWhiteSpace(query) && !string.IsNullOrEmpty(documentId)) throw new BadGraphQLRequest("Send either query or documentId, not both.");
        if (string.IsNullOrWhiteSpace(query) && string.IsNullOrEmpty(documentId)) throw new BadGraphQLRequest("The query parameter is required (or documentId, for a trusted document).");
        Inputs? variables = null;
        var variablesText = request.Query["variables"].ToString();
        if (!string.IsNullOrEmpty(variablesText))
        {
            try { variables = serializer.Deserialize<Inputs>(variablesText); }
            catch (Exception) { throw new BadGraphQLRequest("The variables parameter must be a JSON object."); }
        }
        var operationName = request.Query["operationName"].ToString();
        return new GraphQLRequest
        {
            Query = string.IsNullOrWhiteSpace(query) ? null : query,
            DocumentId = string.IsNullOrEmpty(documentId) ? null : documentId,
            Variables = variables,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
        };
    }

    private static async Task<GraphQLRequest> ReadPostAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLOptions options)
    {
        var contentType = http.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            throw new BadGraphQLRequest($"Send the request body as {Json}.", StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
        if (http.Request.ContentLength > options.MaxRequestBytes)
            throw new BadGraphQLRequest($"The request is larger than {options.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE");

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > options.MaxRequestBytes)
                throw new BadGraphQLRequest($"The request is larger than {options.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE");
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;

        string text;
        try { text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length); }
        catch (DecoderFallbackException) { throw new BadGraphQLRequest("The request body is not valid UTF-8 text."); }

        JsonDocument document;
        try { document = JsonDocument.Parse(text); }
        catch (JsonException) { throw new BadGraphQLRequest("The request body is not valid JSON."); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new BadGraphQLRequest("The request body must be a JSON object with a query.");
            var hasQuery = root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(q.GetString());
            var hasDocumentId = root.TryGetProperty("documentId", out var d) && d.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(d.GetString());
            if (hasQuery && hasDocumentId) throw new BadGraphQLRequest("Send either query or documentId, not both.");
            if (!hasQuery && !hasDocumentId)
                throw new BadGraphQLRequest("The request must have a query, as a string (or documentId, for a trusted document).");
            if (root.TryGetProperty("variables", out var v) && v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                throw new BadGraphQLRequest("variables must be a JSON object.");
            if (root.TryGetProperty("operationName", out var n) && n.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                throw new BadGraphQLRequest("operationName must be a string.");
            if (root.TryGetProperty("extensions", out var x) && x.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                throw new BadGraphQLRequest("extensions must be a JSON object.");
        }
        try
        {
            return serializer.Deserialize<GraphQLRequest>(text)
                ?? throw new BadGraphQLRequest("The request body is empty.");
        }
        catch (BadGraphQLRequest) { throw; }
        catch (Exception) { throw new BadGraphQLRequest("The request body could not be read as a GraphQL request."); }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var error = new ExecutionError(message) { Code = code };
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error], Executed = false }, http.RequestAborted);
    }

    private sealed class BadGraphQLRequest(string message, int status = StatusCodes.Status400BadRequest, string code = "BAD_REQUEST") : Exception(message)
    {
        public int Status { get; } = status;
        public string Code { get; } = code;
    }
}
