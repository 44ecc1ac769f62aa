using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The one way a GraphQL document is executed, for /graphql and for the web pages alike: the same schema, validation,
/// complexity limits, module gate, access rules and audit, always as the signed-in user.
/// </summary>
public sealed class PartnershipExecutor(IDocumentExecuter<ISchema> executer, ValidatedDocuments validated, IOptions<GraphQLOptions> options) : IPartnershipExecutor
{
    public const string TooManyFields = "TOO_MANY_FIELDS";
    /// <summary>Set in the user context when the request came over a transport that streams (WebSocket, Server-Sent Events): only there is a subscription served.</summary>
    public const string StreamingTransport = "safeguarding:streaming";

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, IServiceProvider requestServices, CancellationToken ct) =>
        ExecuteAsync(request, Parse(request), user, requestServices, ct);

    /// <summary>
    /// The request's document: as validated before when the same text and operation were (<see cref="ValidatedDocuments"/>),
    /// otherwise parsed now; null when it is empty or does not parse (the executer then reports the syntax error).
    /// </summary>
    public RequestDocument Parse(GraphQLRequest request) =>
        validated.Find(request.Query, request.OperationName) is { } known ? new RequestDocument(known, true) : new RequestDocument(ParseOrNull(request.Query), false);

    /// <summary>Executes a request whose document the caller has already read with <see cref="Parse"/>.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestDocument parsed, ClaimsPrincipal user, IServiceProvider requestServices, CancellationToken ct,
        bool streaming = false)
    {
        var document = parsed.Document;
        // The size is checked before validation: some validation rules compare every field with every other, so a
        // document of fifty thousand fields would tie up a core for minutes. A document validated before has passed it.
        if (document is not null && !parsed.Validated)
        {
            var fields = CountFields(document);
            var max = options.Value.MaxFields;
            if (fields > max)
                return Task.FromResult(new ExecutionResult
                {
                    Executed = false,
                    Errors = [new ExecutionError($"The request selects {fields} fields; at most {max} are allowed in one request. Ask for fewer fields, or split the request.") { Code = TooManyFields }],
                });
        }

        return executer.ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.Document = document; // null: the executer parses, and reports the syntax error
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.OperationName = request.OperationName;
            o.User = user;
            o.RequestServices = requestServices;
            o.CancellationToken = ct;
            if (streaming) o.UserContext[StreamingTransport] = true;
            if (parsed.Validated) ValidatedDocuments.MarkKnown(o);
        });
    }

    /// <summary>The parsed query, or null when it is empty or does not parse.</summary>
    public static GraphQLDocument? ParseOrNull(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        try { return Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments }); }
        catch (GraphQLParserException) { return null; }
    }

    /// <summary>Every field written in the document, in operations and fragments alike (aliases count one each).</summary>
    private static int CountFields(GraphQLDocument document)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation) pending.Push(operation.SelectionSet);
            else if (definition is GraphQLFragmentDefinition fragment) pending.Push(fragment.SelectionSet);
        }
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        count++;
                        if (field.SelectionSet is not null) pending.Push(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        return count;
    }
}

/// <summary>A request's parsed document (null when it did not parse), and whether it is one validated before.</summary>
public readonly record struct RequestDocument(GraphQLDocument? Document, bool Validated);
