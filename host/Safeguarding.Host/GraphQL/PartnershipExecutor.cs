using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The one way a GraphQL document is executed, for /graphql and for the web pages alike: the same schema, validation,
/// complexity limits, module gate, access rules and audit, always as the signed-in user.
/// </summary>
public sealed class PartnershipExecutor(IDocumentExecuter<ISchema> executer)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, IServiceProvider requestServices, CancellationToken ct) =>
        executer.ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.OperationName = request.OperationName;
            o.User = user;
            o.RequestServices = requestServices;
            o.CancellationToken = ct;
        });
}
