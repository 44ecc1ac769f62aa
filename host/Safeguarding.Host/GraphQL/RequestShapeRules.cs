using GraphQL.Validation;
using GraphQLParser.AST;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Refuses, before anything runs, the request shapes the standard rules let through: a mutation document with more
/// root fields than <see cref="GraphQLOptions.MaxMutationFields"/> (thousands of aliased writes in one request), and
/// and a subscription sent over a transport that cannot stream its answers (plain HTTP: it is served over WebSocket and
/// Server-Sent Events).
/// </summary>
public sealed class RequestShapeRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public const string TooManyMutations = "TOO_MANY_MUTATIONS";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription && !context.UserContext.ContainsKey(PartnershipExecutor.StreamingTransport))
        {
            context.ReportError(new ValidationError(context.Document.Source, "5.2",
                "A subscription is answered over a WebSocket (graphql-transport-ws) or as Server-Sent Events (Accept: text/event-stream), not in one response.", operation)
                { Code = OperationNotSupported });
        }
        else if (operation.Operation == OperationType.Mutation)
        {
            var max = options.Value.MaxMutationFields;
            var count = CountRootFields(context.Document, operation.SelectionSet, []);
            if (count > max)
                context.ReportError(new ValidationError(context.Document.Source, "5.2",
                    $"One request may make at most {max} changes; this one asks for {count}. Send them in separate requests, or use a batch mutation where the module offers one.", operation)
                    { Code = TooManyMutations });
        }
        return default;
    }

    private static int CountRootFields(GraphQLDocument document, GraphQLSelectionSet selectionSet, HashSet<string> visiting)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField:
                    count++;
                    break;
                case GraphQLInlineFragment inline:
                    count += CountRootFields(document, inline.SelectionSet, visiting);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
                    if (fragment is not null && visiting.Add(name)) // cycles are reported by the standard rules
                    {
                        count += CountRootFields(document, fragment.SelectionSet, visiting);
                        visiting.Remove(name);
                    }
                    break;
            }
        }
        return count;
    }
}
