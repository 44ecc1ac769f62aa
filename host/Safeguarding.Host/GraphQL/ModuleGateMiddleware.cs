using GraphQL.Instrumentation;
using Microsoft.FeatureManagement;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Runs before every resolver that carries module or access metadata: a switched-off module answers MODULE_DISABLED,
/// a caller without the access the field asks for answers FORBIDDEN. Nothing the field would do happens.
/// The switch comes first, for everyone: it is the same fact for every caller, and a client that hides a switched-off
/// module does so whoever is signed in. Its message also says whether the caller could use the field once the module is
/// on; both messages name the field's audience from its metadata (<see cref="ModuleRefusal"/>).
/// Inside <c>subjectView</c>, a module's part of the Subject is decided by the one rule for every part of a child
/// (<see cref="ChildParts"/>: switched on, a legitimate relationship, and the module's working group or a recorded lawful
/// basis that permits sharing); a part refused is null instead of an error, so the rest of the child's picture still
/// arrives. Every such read, shown or not, is audited with the view's purpose and what made it legitimate. Outside the
/// view a module's fields stay its working group's: nothing recorded on a basis opens them there.
/// </summary>
public sealed class ModuleGateMiddleware(ModuleCatalog catalog, IFeatureManager features, ModuleFeatureDefinitionProvider switches) : IFieldMiddleware
{
    /// <summary>A field of no module that asks for no access (most fields: those of a record's type) goes straight on.</summary>
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        context.FieldDefinition.ModuleOf() is null && context.FieldDefinition.AccessOf() is null ? next(context) : GateAsync(context, next);

    private async ValueTask<object?> GateAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var field = context.FieldDefinition;
        var moduleName = field.ModuleOf();
        var module = moduleName is null ? null : catalog.Find(moduleName);
        var view = moduleName is not null && context.ParentType.Name == SubjectGraphType.TypeName ? SubjectViewGraph.ViewOf(context) : null;
        var group = module?.WorkingGroup ?? moduleName;
        var access = field.AccessOf();
        var allowed = access is not { } a || (context.User?.Allows(a, group) ?? false);
        if (view is not null && context.Source is SubjectId child)
        {
            // Inside the view a part is decided by the one rule for every part of a child, and each read is audited.
            var person = await context.RequestServices!.GetRequiredService<SubjectRegistry>().IdsOfPersonAsync(child, context.CancellationToken);
            var part = await context.RequestServices!.GetRequiredService<ChildParts>().DecideAsync(person, moduleName!, allowed, context.User!, context.CancellationToken);
            await context.RequestServices!.GetRequiredService<IAuditLog>().RecordAsync(new AuditEntry(context.User!.Actor(), AuditActions.SubjectPartRead,
                view.Value.Subject, field.Name, view.Value.Purpose, moduleName, part.Note ?? part.AuditMark, Allowed: part.Shown), context.CancellationToken);
            if (!part.Shown) return null;
        }
        else
        {
            await RefuseIfClosedAsync(context, module, allowed, features, switches);
        }
        if (moduleName is not null && context.Source is SubjectId subject && context.ParentType.Name == SubjectGraphType.TypeName)
            return await ResolveForPersonAsync(context, next, subject, moduleName);
        return await next(context);
    }

    /// <summary>
    /// Refuses the field, before it does anything, when its module is switched off (MODULE_DISABLED) or the caller may
    /// not reach it (FORBIDDEN). A subscription's source stream is opened through this too: GraphQL.NET runs field
    /// middleware around resolvers only, not around the stream a subscription listens to.
    /// </summary>
    public static Task RefuseIfClosedAsync(IResolveFieldContext context, ModuleCatalog catalog)
    {
        var field = context.FieldDefinition;
        var module = field.ModuleOf() is { } name ? catalog.Find(name) : null;
        var access = field.AccessOf();
        var allowed = access is not { } a || (context.User?.Allows(a, module?.WorkingGroup ?? field.ModuleOf()) ?? false);
        return RefuseIfClosedAsync(context, module, allowed,
            context.RequestServices!.GetRequiredService<IFeatureManager>(), context.RequestServices!.GetRequiredService<ModuleFeatureDefinitionProvider>());
    }

    /// <summary>The switch is asked of the feature manager and the stored switches directly (both live as long as the
    /// host): the request's <see cref="ModuleSwitchboard"/> would open a platform database context only to ask it.</summary>
    private static async Task RefuseIfClosedAsync(IResolveFieldContext context, PartnershipModule? module, bool allowed,
        IFeatureManager features, ModuleFeatureDefinitionProvider switches)
    {
        var field = context.FieldDefinition;
        var moduleName = field.ModuleOf();
        var group = module?.WorkingGroup ?? moduleName;
        var access = field.AccessOf();
        if (moduleName is not null)
        {
            var flag = module?.FeatureFlag ?? moduleName;
            if (!await features.IsEnabledAsync(flag))
                throw new PartnershipError(ErrorCodes.ModuleDisabled, ModuleRefusal.SwitchedOff(moduleName, await switches.SwitchedOffAtAsync(flag),
                    allowed ? null : ModuleRefusal.NotOpenToYouWhenOn(field.Name, access!.Value, group)));
        }
        if (!allowed) throw PartnershipError.Forbidden(ModuleRefusal.NotOpenToYou(field.Name, access!.Value, group));
    }

    /// <summary>
    /// A module's part of a child merged from several records: the module keeps its rows under the id each was recorded
    /// with, so the part is read under the ids the module holds data under. A list is every record's rows together; any
    /// other part is the one held under the id asked for, or else under the earliest id the module holds data under.
    /// </summary>
    private static async ValueTask<object?> ResolveForPersonAsync(IResolveFieldContext context, FieldMiddlewareDelegate next, SubjectId subject, string module)
    {
        var registry = context.RequestServices!.GetRequiredService<SubjectRegistry>();
        var person = await registry.IdsOfPersonAsync(subject, context.CancellationToken);
        if (person.Count <= 1) return await next(context);
        var held = await registry.HeldUnderAsync(person.Select(p => p.Value).ToList(), module, context.CancellationToken);
        if (held.Count == 0 || held.Contains(subject.Value) && held.Count == 1) return await next(context);
        var fieldType = context.FieldDefinition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : context.FieldDefinition.ResolvedType;
        if (fieldType is not ListGraphType)
            return await next(new ResolveFieldContext(context) { Source = new SubjectId(held.Contains(subject.Value) ? subject.Value : held[0]) });
        var rows = new List<object?>();
        foreach (var id in held)
            if (await next(new ResolveFieldContext(context) { Source = new SubjectId(id) }) is System.Collections.IEnumerable part)
                rows.AddRange(part.Cast<object?>());
        return rows;
    }
}
