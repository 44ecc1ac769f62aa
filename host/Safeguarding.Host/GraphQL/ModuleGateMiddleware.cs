using GraphQL.Instrumentation;
using Safeguarding.Host.Platform;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Runs before every resolver that carries module or access metadata: a switched-off module answers MODULE_DISABLED,
/// a caller without the access the field asks for answers FORBIDDEN. Nothing the field would do happens.
/// The switch comes first, for everyone: it is the same fact for every caller, and a client that hides a switched-off
/// module does so whoever is signed in. Its message also says whether the caller could use the field once the module is
/// on; both messages name the field's audience from its metadata (<see cref="ModuleRefusal"/>).
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
        var group = module?.WorkingGroup ?? moduleName;
        var access = field.AccessOf();
        var allowed = access is not { } a || (context.User?.Allows(a, group) ?? false);
        string? refusal = null;
        if (moduleName is not null)
        {
            var flag = module?.FeatureFlag ?? moduleName;
            var switches = context.RequestServices!.GetRequiredService<ModuleSwitchboard>();
            if (!await switches.IsEnabledAsync(flag, context.CancellationToken))
            {
                if (view is null)
                    throw new PartnershipError(ErrorCodes.ModuleDisabled, ModuleRefusal.SwitchedOff(moduleName, await switches.SwitchedOffAtAsync(flag),
                        allowed ? null : ModuleRefusal.NotOpenToYouWhenOn(field.Name, access!.Value, group)));
                refusal = SubjectViewGraph.SwitchedOffNote(moduleName);
            }
        }
        if (refusal is null && !allowed)
        {
            if (view is null) throw PartnershipError.Forbidden(ModuleRefusal.NotOpenToYou(field.Name, access!.Value, group));
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
