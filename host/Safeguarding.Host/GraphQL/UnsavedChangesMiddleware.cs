using GraphQL.Instrumentation;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// A mutation field that fails leaves nothing behind for the fields after it. The DbContexts are shared by the whole
/// request, so an entity a failed field added (or changed) before its rule refused it, or whose save the database
/// refused, would otherwise still be tracked, and the next field's SaveChanges would write it. When a mutation field
/// throws, every context of the request forgets its unsaved changes; what earlier fields saved stays saved.
/// </summary>
public sealed class UnsavedChangesMiddleware(ModuleCatalog catalog) : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        context.ParentType.Name == "Mutation" ? ResolveMutationAsync(context, next) : next(context);

    private async ValueTask<object?> ResolveMutationAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch
        {
            ForgetUnsavedChanges(context.RequestServices!);
            throw;
        }
    }

    private void ForgetUnsavedChanges(IServiceProvider services)
    {
        services.GetService<PlatformDbContext>()?.ChangeTracker.Clear();
        foreach (var module in catalog.Modules)
            (services.GetService(module.DbContextType) as DbContext)?.ChangeTracker.Clear();
    }
}
