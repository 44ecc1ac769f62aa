using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Contracts;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Tests.Integration.SubscriberModule;

/// <summary>
/// A module that exists only in the test host: it subscribes to Governance's events and records what it received,
/// so tests can see the event bus from the receiving side. It is discovered like any other module.
/// </summary>
public sealed class TestSubscriberModule : PartnershipModule
{
    public const string ModuleName = "TestSubscriber";
    public override string Name => ModuleName;
    public override string Description => "Receives Governance events in tests.";
    public override Type DbContextType => typeof(TestSubscriberDbContext);

    public override void ConfigureServices(IServiceCollection services, ModuleHostContext host)
    {
        base.ConfigureServices(services, host);
        services.AddModuleDbContext<TestSubscriberDbContext>(host.Database, Schema);
        services.AddSingleton<DeliveryFaults>();
        services.AddSingleton<BatchCalls>();
    }

    public override void ContributeGraphQL(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<IntGraphType>>("testSubscriberReceived")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (object?)await c.Service<TestSubscriberDbContext>().Received.CountAsync(c.CancellationToken));

    }
}

/// <summary>Failures the test asks the handler to throw before it succeeds.</summary>
public sealed class DeliveryFaults
{
    private int _failuresLeft;
    public int Attempts;
    public void FailNext(int times) => Interlocked.Exchange(ref _failuresLeft, times);
    public bool ShouldFail() => Interlocked.Decrement(ref _failuresLeft) >= 0;
}

public sealed class ReceivedEvent
{
    public long Id { get; set; }
    public Guid EventId { get; set; }
    public string Kind { get; set; } = "";
    public Guid ActionId { get; set; }
}

public sealed class TestSubscriberDbContext(DbContextOptions<TestSubscriberDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "testsubscriber";
    public DbSet<ReceivedEvent> Received => Set<ReceivedEvent>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ReceivedEvent>(e => { e.ToTable("received"); e.HasKey(x => x.Id); });
}

internal sealed class TestSubscriberDesignTimeFactory() : ModuleDesignTimeFactory<TestSubscriberDbContext>("testsubscriber", o => new(o));

public sealed class ActionCreatedProbe(TestSubscriberDbContext db, DeliveryFaults faults) : IIntegrationEventHandler<PartnershipActionCreated>
{
    public async Task HandleAsync(PartnershipActionCreated e, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref faults.Attempts);
        db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = nameof(PartnershipActionCreated), ActionId = e.ActionId });
        await db.SaveChangesAsync(cancellationToken); // written inside the delivery transaction: a failure below rolls it back
        if (faults.ShouldFail()) throw new InvalidOperationException("Injected failure for the test.");
    }
}
