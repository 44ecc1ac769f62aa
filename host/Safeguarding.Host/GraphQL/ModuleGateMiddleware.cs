using GraphQL;
using GraphQL.Instrumentation;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Runs before every resolver that carries module or access metadata: a switched-off module answers MODULE_DISABLED,
/// a caller without the access the field asks for answers FORBIDDEN. Nothing the field would do happens.
/// Inside <c>subjectView</c>, a module's part of the Subject that the caller may not see (or whose module is off) is null
/// instead of an error, so the rest of the child's picture still arrives; every such read, shown or not, is audited there.
/// </summary>
public sealed class ModuleGateMiddleware(ModuleCatalog catalog) : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var field = context.FieldDefinition;
        var moduleName = field.ModuleOf();
        var module = moduleName is null ? null : catalog.Find(moduleName);
        var view = moduleName is not null && context.ParentType.Name == SubjectGraphType.TypeName ? SubjectViewGraph.ViewOf(context) : null;
        string? refusal = null;
        if (moduleName is not null)
        {
            var flag = module?.FeatureFlag ?? moduleName;
            if (!await context.RequestServices!.GetRequiredService<IModuleSwitch>().IsEnabledAsync(flag, context.CancellationToken))
            {
                if (view is null) throw PartnershipError.ModuleDisabled(moduleName);
                refusal = SubjectViewGraph.SwitchedOffNote(moduleName);
            }
        }
        var group = module?.WorkingGroup ?? moduleName;
        if (refusal is null && field.AccessOf() is { } access && !(context.User?.Allows(access, group) ?? false))
        {
            if (view is null)
            {
                var who = moduleName is null ? "" : $" It is open to members of the {group} working group" + (access.HasFlag(Access.Scrutineer) ? " and the scrutineer" : "") + ".";
                throw PartnershipError.Forbidden($"You do not have access to {field.Name}.{who}");
            }
            refusal = SubjectViewGraph.NotInGroupNote(group!);
        }
        if (view is not null)
        {
            await context.RequestServices!.GetRequiredService<IAuditLog>().RecordAsync(new AuditEntry(context.User!.Actor(), AuditActions.SubjectPartRead,
                view.Value.Subject, field.Name, view.Value.Purpose, moduleName, refusal, Allowed: refusal is null), context.CancellationToken);
            if (refusal is not null) return null;
        }
        return await next(context);
    }
}
