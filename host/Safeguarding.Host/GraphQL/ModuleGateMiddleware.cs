using GraphQL;
using GraphQL.Instrumentation;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Runs before every resolver that carries module or access metadata: a switched-off module answers MODULE_DISABLED,
/// a caller without the access the field asks for answers FORBIDDEN. Nothing the field would do happens.
/// </summary>
public sealed class ModuleGateMiddleware(ModuleCatalog catalog) : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var field = context.FieldDefinition;
        var module = field.ModuleOf();
        if (module is not null)
        {
            var flag = catalog.Find(module)?.FeatureFlag ?? module;
            if (!await context.RequestServices!.GetRequiredService<IModuleSwitch>().IsEnabledAsync(flag, context.CancellationToken))
                throw PartnershipError.ModuleDisabled(module);
        }
        if (field.AccessOf() is { } access && !(context.User?.Allows(access, module) ?? false))
        {
            var who = module is null ? "" : $" It is open to members of the {module} working group" + (access.HasFlag(Access.Scrutineer) ? " and the scrutineer" : "") + ".";
            throw PartnershipError.Forbidden($"You do not have access to {field.Name}.{who}");
        }
        return await next(context);
    }
}
