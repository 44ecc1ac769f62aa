using GraphQL.Instrumentation;
using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.Relationships;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Runs before every resolver that carries module or access metadata: a switched-off module answers MODULE_DISABLED,
/// a caller without the access the field asks for answers FORBIDDEN. Nothing the field would do happens.
/// The switch comes first, for everyone: it is the same fact for every caller, and a client that hides a switched-off
/// module does so whoever is signed in. Its message also says whether the caller could use the field once the module is
/// on; both messages name the field's audience from its metadata (<see cref="ModuleRefusal"/>).
/// Inside <c>subjectView</c>, a module's part of the Subject that the caller may not see (or whose module is off) is null
/// instead of an error, so the rest of the child's picture still arrives; every such read, shown or not, is audited there.
/// A part is shown only to a reader with a legitimate relationship with the child (<see cref="ChildRelationships"/>), and
/// a read under sealed access is marked so in the audit log.
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
            ChildRelationship? relationship = null;
            if (refusal is null && context.Source is SubjectId child)
            {
                var person = await context.RequestServices!.GetRequiredService<SubjectRegistry>().IdsOfPersonAsync(child, context.CancellationToken);
                relationship = await context.RequestServices!.GetRequiredService<ChildRelationships>()
                    .CurrentAsync(person.Select(p => p.Value).ToList(), context.User!, context.CancellationToken);
                if (relationship is null) refusal = SubjectViewGraph.NoRelationshipNote;
            }
            await context.RequestServices!.GetRequiredService<IAuditLog>().RecordAsync(new AuditEntry(context.User!.Actor(), AuditActions.SubjectPartRead,
                view.Value.Subject, field.Name, view.Value.Purpose, moduleName, refusal ?? relationship?.AuditMark, Allowed: refusal is null), context.CancellationToken);
            if (refusal is not null) return null;
        }
        if (moduleName is not null && context.Source is SubjectId subject && context.ParentType.Name == SubjectGraphType.TypeName)
            return await ResolveForPersonAsync(context, next, subject, moduleName);
        return await next(context);
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
