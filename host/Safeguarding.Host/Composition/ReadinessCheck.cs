using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Safeguarding.Host.Composition;

/// <summary>
/// Ready when the platform database and every module's database answer. Reports each module's event backlog and how
/// old its oldest waiting event is (from the database, so every instance's work shows), and the deliveries a second and
/// latest delivery lag of this instance (<see cref="EventDeliveryMetrics"/>). An outbox row counts as waiting until it is relayed
/// (<see cref="IntegrationEventBus.Unrelayed"/>), not until its relayed mark is written.
/// </summary>
public sealed class ReadinessCheck(IServiceScopeFactory scopes, ModuleCatalog catalog, IntegrationEventBus bus, EventDeliveryMetrics delivery, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var data = new Dictionary<string, object>();
        var unhealthy = new List<string>();
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.CanConnectAsync(ct)) unhealthy.Add("platform");
        foreach (var module in catalog.Modules)
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            try
            {
                var now = clock.GetUtcNow();
                var figures = new Dictionary<string, object> { ["database"] = "reachable" };
                await AddOutboxFiguresAsync(figures, db, module.Name, now, ct);
                var oldestPending = await db.Inbox.Where(m => m.ProcessedAt == null && m.ParkedAt == null).OrderBy(m => m.Sequence).Select(m => (DateTimeOffset?)m.ReceivedAt).FirstOrDefaultAsync(ct);
                var (perSecond, latestLag) = delivery.For(module.Name);
                figures["inboxPending"] = await db.Inbox.CountAsync(m => m.ProcessedAt == null && m.ParkedAt == null, ct);
                figures["inboxOldestWaitingSeconds"] = Seconds(now - oldestPending);
                figures["inboxParked"] = await db.Inbox.CountAsync(m => m.ParkedAt != null, ct);
                figures["deliveredPerSecond"] = Math.Round(perSecond, 1);
                figures["latestDeliveryLagSeconds"] = Seconds(latestLag);
                data[module.Name] = figures;
            }
            catch (Exception e)
            {
                unhealthy.Add(module.Name);
                data[module.Name] = new Dictionary<string, object> { ["database"] = "unreachable: " + e.GetType().Name };
            }
        }
        // The registry's merges and separations wait in the platform's outbox (its database was checked above).
        foreach (var publisher in catalog.PlatformPublishers)
        {
            var figures = new Dictionary<string, object>();
            await AddOutboxFiguresAsync(figures, (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisher.DbContextType), publisher.Name, clock.GetUtcNow(), ct);
            data[publisher.Name] = figures;
        }
        return unhealthy.Count == 0
            ? HealthCheckResult.Healthy("Every module's database is reachable.", data)
            : HealthCheckResult.Unhealthy("Unreachable: " + string.Join(", ", unhealthy), data: data);
    }

    /// <summary>A publisher's events not yet relayed (<see cref="IntegrationEventBus.Unrelayed"/>) and how long the oldest has waited.</summary>
    private async Task AddOutboxFiguresAsync(Dictionary<string, object> figures, ModuleDbContext db, string publisher, DateTimeOffset now, CancellationToken ct)
    {
        var unrelayed = bus.Unrelayed(db, publisher);
        var oldest = await unrelayed.OrderBy(m => m.Sequence).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(ct);
        figures["outboxUndelivered"] = await unrelayed.CountAsync(ct);
        figures["outboxOldestWaitingSeconds"] = Seconds(now - oldest);
    }

    private static double Seconds(TimeSpan? span) => span is { } s ? Math.Round(Math.Max(0, s.TotalSeconds), 3) : 0;
}
