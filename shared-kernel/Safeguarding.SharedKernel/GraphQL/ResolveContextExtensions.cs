using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.SharedKernel.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>A service from the request's scope (a module's DbContext, the clock, the subject registry...).</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
