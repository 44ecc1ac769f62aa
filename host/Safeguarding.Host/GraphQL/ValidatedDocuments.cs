using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// validated are kept, so a stream of malformed requests fills nothing; nor are documents with a string written in them
/// (<see cref="WritesText"/>), which may name a child. Kept in a <see cref="MemoryCache"/> bounded by
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
        {
            var takesVariables = execution.Document is { } document && TakesVariables(document);
            if (!takesVariables) execution.UserContext[KnownDocumentValidator.Fixed] = true;
            execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Where(r => ReadsTheRequest(r, takesVariables)).ToList();
        }
        var result = await next(execution);
        // Executed means every rule passed; a document that failed any is not kept.
        if (!known && result.Executed && execution is { Query: { } query, Document: { } validated } && !WritesText(query))
            _documents.Set(new Key(query, execution.OperationName), validated,
                new MemoryCacheEntryOptions { Size = query.Length + (execution.OperationName?.Length ?? 0) });
        return result;
    }

    /// <summary>
    /// Rules that read the request as well as the document: they run for a known document too. A rule reads the request
    /// when it looks at the transport (<see cref="RequestShapeRule"/>), or, when the document takes variables, at their
    /// values or at arguments coerced with them (GraphQL.NET's variable and post-node visitors: argument validators, the
    /// complexity count whose list sizes come from arguments); a rule this cannot tell about is counted as reading it.
    /// Every other rule reads the document and the schema only, so its answer for a document cannot change; and without
    /// variables every argument is written in the document, so neither can the post-node rules' answers.
    /// </summary>
    private static bool ReadsTheRequest(IValidationRule rule, bool takesVariables) =>
        rule is RequestShapeRule || Kinds.GetOrAdd(rule.GetType(), type =>
            !typeof(ValidationRuleBase).IsAssignableFrom(type) ? RuleKind.Unknown
            : Overrides(type, nameof(IValidationRule.GetVariableVisitorAsync)) || Overrides(type, nameof(IValidationRule.GetPostNodeVisitorAsync)) ? RuleKind.ReadsArguments
            : RuleKind.ReadsDocument) switch
        {
            RuleKind.Unknown => true,
            RuleKind.ReadsArguments => takesVariables,
            _ => false,
        };

    /// <summary>
    /// Whether the text holds a string (a quotation mark anywhere, comments included): a name, a date of birth or a police
    /// reference typed into a query. Such a document is not kept, so that nothing written about a child stays in memory
    /// after its request; a query that takes its values as variables is kept.
    /// </summary>
    private static bool WritesText(string query) => query.Contains('"');

    private static bool TakesVariables(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
            if (definition is GraphQLOperationDefinition { Variables.Count: > 0 }) return true;
        return false;
    }

    private enum RuleKind { ReadsDocument, ReadsArguments, Unknown }

    private static readonly ConcurrentDictionary<Type, RuleKind> Kinds = new();

    private static bool Overrides(Type type, string method) =>
        type.GetMethod(method, [typeof(ValidationContext)])?.DeclaringType != typeof(ValidationRuleBase);

    public void Dispose() => _documents.Dispose();

    private readonly record struct Key(string Query, string? OperationName);
}

/// <summary>
/// GraphQL.NET's validator, keeping its answer for a known document that takes no variables (<see cref="ValidatedDocuments"/>):
/// every argument of such a document is written in it, so validating it again for the same operation and transport
/// (the only request-dependent rule left for it, <see cref="RequestShapeRule"/>, reads the transport) gives the same
/// answer, the arguments parsed from the same literals. The answer is kept beside the operation's node, and goes when
/// the document leaves <see cref="ValidatedDocuments"/> and is collected.
/// </summary>
public sealed class KnownDocumentValidator(IDocumentValidator validator) : IDocumentValidator
{
    /// <summary>Set in the user context when the request's document is known and takes no variables.</summary>
    internal const string Fixed = "safeguarding:fixed-document";

    private readonly ConditionalWeakTable<GraphQLOperationDefinition, IValidationResult?[]> _answers = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Operation is not { } operation || options.UserContext?.ContainsKey(Fixed) != true) return validator.ValidateAsync(options);
        var transport = options.UserContext.ContainsKey(PartnershipExecutor.StreamingTransport) ? 1 : 0;
        var answers = _answers.GetValue(operation, _ => new IValidationResult?[2]);
        return answers[transport] is { } known ? Task.FromResult(known) : ValidateAndKeepAsync(validator.ValidateAsync(options), answers, transport);
    }

    private static async Task<IValidationResult> ValidateAndKeepAsync(Task<IValidationResult> validating, IValidationResult?[] answers, int transport)
    {
        var answer = await validating;
        if (answer.IsValid) answers[transport] = answer;
        return answer;
    }
}
