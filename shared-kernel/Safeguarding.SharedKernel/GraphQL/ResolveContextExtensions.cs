using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.Disclosure;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.SharedKernel.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>A service from the request's scope (a module's DbContext, the clock, the subject registry...).</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>
    /// The small-number rule for the person asking a root field: exact figures for <paramref name="holders"/> of the
    /// records (by default the working group of the module that owns the field), the partnership's rule for everyone else.
    /// </summary>
    public static DisclosureControl SmallNumbers(this IResolveFieldContext context, Access holders = Access.WorkingGroupMember) =>
        context.Service<SmallNumbers>().For(context.User, context.FieldDefinition.ModuleOf(), holders);
}
