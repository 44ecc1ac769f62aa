using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Contracts;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Bench.Probe;

/// <summary>A module present only in the benchmark: it receives Governance's events so delivery lag can be measured.</summary>
public sealed class BenchProbeModule : PartnershipModule
{
    public override string Name => "BenchProbe";
    public override string Description => "Counts Governance events for the benchmark.";
    public override Type DbContextType => typeof(BenchProbeDbContext);

    public override void ConfigureServices(IServiceCollection services, ModuleHostContext host)
    {
        base.ConfigureServices(services, host);
        services.AddModuleDbContext<BenchProbeDbContext>(host.Database, Schema);
    }

    public override void ContributeGraphQL(GraphQLSlice slice) =>
        slice.Query.Field<NonNullGraphType<IntGraphType>>("benchProbeReceived").Allow(Access.Administrator)
            .ResolveAsync(async c => (object?)await c.Service<BenchProbeDbContext>().Received.CountAsync(c.CancellationToken));
}

public sealed class ProbeRecord
{
    public long Id { get; set; }
    public Guid EventId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset HandledAt { get; set; }
}

public sealed class BenchProbeDbContext(DbContextOptions<BenchProbeDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "benchprobe";
    public DbSet<ProbeRecord> Received => Set<ProbeRecord>();
    protected override void OnModuleModelCreating(ModelBuilder b) => b.Entity<ProbeRecord>(e => { e.ToTable("received"); e.HasKey(x => x.Id); });
}

internal sealed class BenchProbeDesignTimeFactory() : ModuleDesignTimeFactory<BenchProbeDbContext>("benchprobe", o => new(o));

public sealed class ProbeHandler(BenchProbeDbContext db, TimeProvider clock) : IIntegrationEventHandler<PartnershipActionCreated>
{
    public async Task HandleAsync(PartnershipActionCreated e, CancellationToken ct)
    {
        db.Received.Add(new ProbeRecord { EventId = e.EventId, OccurredAt = e.OccurredAt, HandledAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }
}
