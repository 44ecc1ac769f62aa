using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;
using Xunit.Abstractions;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>Several host instances behind a load balancer share one PostgreSQL database and one event bus.</summary>
public sealed class MultiInstanceTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["EventBus:BatchSize"] = "500" };

    [PostgresFact]
    public async Task Two_instances_publishing_and_consuming_10000_events_deliver_each_exactly_once()
    {
        const int perInstance = 5_000;
        using var first = new PartnershipHost(settings: Quiet, provider: DatabaseProvider.PostgreSql);
        _ = first.Services; // start it: migrations and seed run once, before the second instance starts
        using var second = first.SecondInstance(Quiet);
        _ = second.Services;
        // The demo data's events reach the subscriber too (its partnership actions among them): count from there.
        await first.AssertEventsDeliveredAsync();
        var (seeded, seededInbox) = await first.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<TestSubscriberDbContext>();
            return (await db.Received.CountAsync(), await db.Inbox.CountAsync(i => i.ProcessedAt != null && i.Attempts == 1));
        });

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(PublishAsync(first, perInstance), PublishAsync(second, perInstance));
        output.WriteLine($"published {2 * perInstance} events in {clock.ElapsedMilliseconds} ms");

        await PartnershipHost.EventuallyAsync($"all {2 * perInstance} events to be delivered ({seeded} before; deliveries)",
            () => first.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync()), n => n >= seeded + 2 * perInstance,
            TimeSpan.FromMinutes(10));
        output.WriteLine($"delivered in {clock.ElapsedMilliseconds} ms");
        await Task.Delay(1000); // let any wrong second delivery happen before counting

        await first.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<TestSubscriberDbContext>();
            var perEvent = await db.Received.GroupBy(r => r.EventId).Select(g => g.Count()).ToListAsync();
            Assert.Equal(seeded + 2 * perInstance, perEvent.Count);
            Assert.All(perEvent, n => Assert.Equal(1, n));
            Assert.Equal(seededInbox + 2 * perInstance, await db.Inbox.CountAsync(i => i.ProcessedAt != null && i.Attempts == 1));
            var governance = sp.GetRequiredService<GovernanceDbContext>();
            Assert.Equal(0, await governance.Outbox.CountAsync(m => m.DispatchedAt == null));
            return 0;
        });
    }

    private static Task PublishAsync(PartnershipHost host, int count) => Task.Run(async () =>
    {
        for (var batch = 0; batch < count / 250; batch++)
        {
            await host.ScopedAsync(async sp =>
            {
                var db = sp.GetRequiredService<GovernanceDbContext>();
                for (var i = 0; i < 250; i++)
                    db.Publish(new PartnershipActionCreated(Guid.NewGuid(), Guid.NewGuid(), "Load test", Guid.NewGuid(), new DateOnly(2026, 12, 1)));
                return await db.SaveChangesAsync();
            });
        }
    });
}
