using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// Runs a GraphQL request against the partnership's schema as a person, with the same limits, gate and error shapes as
/// the /graphql endpoint. The host provides it; pages (the host's and the modules') read and write through it.
/// </summary>
public interface IPartnershipExecutor
{
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, IServiceProvider requestServices, CancellationToken ct);
}
