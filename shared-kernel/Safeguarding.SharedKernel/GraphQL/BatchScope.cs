using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// What a batched field's load is given besides its keys: the request's services (the module's DbContext, the clock),
/// the signed-in user (for a load that audits what it reads) and the request's cancellation.
/// </summary>
public sealed class BatchScope(IServiceProvider services, ClaimsPrincipal? user, CancellationToken cancellationToken)
{
    public IServiceProvider Services { get; } = services;
    public ClaimsPrincipal? User { get; } = user;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>A service from the request's scope, as a resolver's <c>context.Service&lt;T&gt;()</c>.</summary>
    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();
}
