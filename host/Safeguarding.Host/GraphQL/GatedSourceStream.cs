using GraphQL.Resolvers;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// A subscription field's source stream, opened only when its module is switched on and the caller may reach the field
/// (<see cref="ModuleGateMiddleware.RefuseIfClosedAsync(IResolveFieldContext, ModuleCatalog)"/>); otherwise the
/// subscription answers MODULE_DISABLED or FORBIDDEN and listens to nothing.
/// </summary>
public sealed class GatedSourceStream(ISourceStreamResolver inner, ModuleCatalog catalog) : ISourceStreamResolver
{
    public async ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context)
    {
        await ModuleGateMiddleware.RefuseIfClosedAsync(context, catalog);
        return await inner.ResolveAsync(context);
    }
}
