using System.Reflection;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>
/// The contract every module fulfils. A module declares its name, its feature flag, its database,
/// its GraphQL slice, its event handlers and its demo data. The host finds subclasses by scanning
/// and composes each as an Autofac module; nothing in the host lists modules by name.
/// </summary>
public abstract class PartnershipModule : Autofac.Module
{
    /// <summary>The module's name as users and administrators see it, e.g. "Governance".</summary>
    public abstract string Name { get; }

    /// <summary>The feature flag that switches the module; by default its name.</summary>
    public virtual string FeatureFlag => Name;

    /// <summary>The working group (a practitioner's <c>working_group</c> claim) whose members reach the module's fields marked
    /// <c>Access.WorkingGroupMember</c>; by default the module's name.</summary>
    public virtual string WorkingGroup => Name;

    /// <summary>The database schema (on SQLite, the database file) the module owns.</summary>
    public virtual string Schema => Name.ToLowerInvariant();

    /// <summary>The module's own DbContext (a <see cref="Persistence.ModuleDbContext"/>).</summary>
    public abstract Type DbContextType { get; }

    /// <summary>A sentence on what the module is for, shown to administrators.</summary>
    public abstract string Description { get; }

    /// <summary>The integration event handlers the module owns, found in its assembly.</summary>
    public IReadOnlyList<Type> EventHandlerTypes => _handlers ??= FindHandlers();
    private IReadOnlyList<Type>? _handlers;

    /// <summary>Registrations that need the Microsoft container (DbContext, hosted services, options).</summary>
    public virtual void ConfigureServices(IServiceCollection services, ModuleHostContext host)
    {
        services.Scan(scan => scan
            .FromAssemblies(GetType().Assembly)
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false)
            .AsSelf()
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        if (ChronologySource is { } chronology) services.AddScoped(chronology);
        foreach (var useCase in UseCases) services.AddScoped(useCase);
        foreach (var sweep in Sweeps) services.AddModuleSweep(sweep, FeatureFlag);
    }

    /// <summary>
    /// The module's use cases: the application services its GraphQL slice and its pages call, each the one place its
    /// state changes are made. Each is registered for one instance per request.
    /// </summary>
    protected virtual IReadOnlyList<Type> UseCases => [];

    /// <summary>The module's periodic jobs (each a <see cref="ModuleSweep"/>), run at start and on their interval while the module is on.</summary>
    protected virtual IReadOnlyList<Type> Sweeps => [];

    /// <summary>The parts of the module's GraphQL slice, in the order they add their fields (see <see cref="ContributeGraphQL"/>).</summary>
    protected virtual IReadOnlyList<Action<GraphQLSlice>> GraphQLParts => [];

    /// <summary>
    /// The module's dated entries about a child for the one chronology (an <see cref="Subjects.IChronologySource"/>), or
    /// null when it holds none. Registered as a scoped service; the host shows its entries only to the module's working group.
    /// </summary>
    public virtual Type? ChronologySource => null;

    /// <summary>Autofac registrations: the module's GraphQL types, resolved by the schema as singletons.</summary>
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterAssemblyTypes(GetType().Assembly)
            .Where(t => typeof(global::GraphQL.Types.IGraphType).IsAssignableFrom(t) && t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .AsSelf()
            .SingleInstance();
    }

    /// <summary>
    /// The tables of the module's database that hold data about a person, each with the column keying the person, whose
    /// record it is and what disposal does to it. The platform exports, reviews for retention and disposes of a person's
    /// rows from this list alone (see docs/information-governance.md); an architecture test fails for an entity keyed by a
    /// subject id that is not listed.
    /// </summary>
    public virtual IReadOnlyList<PersonalData.PersonalTable> PersonalData => [];

    /// <summary>The module's parts of the web interface (its workspaces), shown in the navigation to those who may use
    /// them while the module is on. Their pages live in the module's <c>Web/Pages</c> folder and compile with it, and each
    /// names its area (<see cref="Web.PartnershipPage"/>), so that an area switched off or not for the person is not opened.</summary>
    public virtual IReadOnlyList<WebArea> WebAreas => [];

    /// <summary>The practitioners of the demo partnership who work in this module (its working group).</summary>
    public virtual IReadOnlyList<DemoUser> DemoUsers => [];

    /// <summary>Further addresses for the module's pages (e.g. a child's record at a short address).</summary>
    public virtual IReadOnlyList<PageRoute> PageRoutes => [];

    /// <summary>The module's queries, mutations and type extensions: by default, each of its <see cref="GraphQLParts"/>.</summary>
    public virtual void ContributeGraphQL(GraphQLSlice slice)
    {
        foreach (var part in GraphQLParts) part(slice);
    }

    /// <summary>Demo data. Called at every start when DemoData:SeedWhenEmpty is true (Development), in its own scope:
    /// the module writes only when its own tables are empty.</summary>
    public virtual Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    private IReadOnlyList<Type> FindHandlers()
    {
        Type[] types;
        try { types = GetType().Assembly.GetTypes(); }
        catch (ReflectionTypeLoadException e) { types = e.Types.Where(t => t is not null).ToArray()!; }
        return types
            .Where(t => t is { IsAbstract: false, IsInterface: false } && IntegrationEventHandlers.HandledEvents(t).Any())
            .ToList();
    }
}

/// <summary>What the host tells a module while it registers its services.</summary>
public sealed record ModuleHostContext(Persistence.ModuleDatabaseOptions Database);
