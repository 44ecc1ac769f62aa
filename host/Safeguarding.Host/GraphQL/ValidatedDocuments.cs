using System.Collections.Concurrent;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Documents that have passed validation, kept parsed by their text and operation name, so that a client sending the same
/// query again (as every client does: a dashboard polling, a page loading) is neither parsed nor checked against the
/// schema's rules again. What depends on the request rather than the document still runs every time: variables are
/// coerced and checked against their types, the complexity of the request is counted with its variables' values (list
/// sizes come from arguments), and the transport is checked (a subscription over plain HTTP). Only documents that
/// validated are kept, so a stream of malformed requests fills nothing. Kept in a <see cref="MemoryCache"/> bounded by
/// the total length of the texts (<see cref="GraphQLOptions.ValidatedDocumentsSize"/>). GraphQL.NET's MemoryDocumentCache
/// does the same but is not in the reachable registry (decision 0034).
/// </summary>
public sealed class ValidatedDocuments(IOptions<GraphQLOptions> options) : IConfigureExecution, IDisposable
{
    /// <summary>Set in the user context when the request's document came from here: its document-only rules have passed.</summary>
    private const string Known = "safeguarding:validated-document";

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = options.Value.ValidatedDocumentsSize });

    /// <summary>After the execution options are configured (validation rules, complexity), before the document is validated.</summary>
    public float SortOrder => 200;

    /// <summary>The document of <paramref name="query"/> if it validated before under <paramref name="operationName"/>.</summary>
    public GraphQLDocument? Find(string? query, string? operationName) =>
        query is not null && _documents.TryGetValue(new Key(query, operationName), out GraphQLDocument? document) ? document : null;

    /// <summary>Marks the execution as running a document found here (<see cref="Find"/>).</summary>
    public static void MarkKnown(ExecutionOptions execution) => execution.UserContext[Known] = true;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var known = execution.UserContext.ContainsKey(Known);
        if (known)
            execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Where(ReadsTheRequest).ToList();
        var result = await next(execution);
        // Executed means every rule passed; a document that failed any is not kept.
        if (!known && result.Executed && execution is { Query: { } query, Document: { } document })
            _documents.Set(new Key(query, execution.OperationName), document,
                new MemoryCacheEntryOptions { Size = query.Length + (execution.OperationName?.Length ?? 0) });
        return result;
    }

    /// <summary>
    /// Rules that read the request as well as the document: they run for a known document too. A rule reads the request
    /// when it looks at variables' values or at arguments coerced with them (GraphQL.NET's variable and post-node
    /// visitors: the complexity count, say), or at the transport (<see cref="RequestShapeRule"/>); a rule this cannot
    /// tell about is counted as reading it. Every other rule reads the document and the schema only, so its answer for a
    /// document cannot change.
    /// </summary>
    private static bool ReadsTheRequest(IValidationRule rule) =>
        rule is RequestShapeRule || ReadsVariables.GetOrAdd(rule.GetType(), type =>
            !typeof(ValidationRuleBase).IsAssignableFrom(type)
            || Overrides(type, nameof(IValidationRule.GetVariableVisitorAsync))
            || Overrides(type, nameof(IValidationRule.GetPostNodeVisitorAsync)));

    private static readonly ConcurrentDictionary<Type, bool> ReadsVariables = new();

    private static bool Overrides(Type type, string method) =>
        type.GetMethod(method, [typeof(ValidationContext)])?.DeclaringType != typeof(ValidationRuleBase);

    public void Dispose() => _documents.Dispose();

    private readonly record struct Key(string Query, string? OperationName);
}
