using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Delivery in groups: a batch handler takes a run of events at once, in publication order, each exactly once; an
/// event its handler refuses fails alone while the rest of its group lands; readiness shows delivery figures.
/// </summary>
public sealed class BatchDeliveryTests : IDisposable
{
    private readonly PartnershipHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<Guid> PublishAsync(int count)
    {
        var marker = Guid.NewGuid();
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<TestSubscriberDbContext>();
            for (var n = 1; n <= count; n++) db.Publish(new NumberedTestEvent(n, marker) { OccurredAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        return marker;
    }

    private Task<List<string>> ReceivedAsync(Guid marker) => _host.ScopedAsync(sp =>
        sp.GetRequiredService<TestSubscriberDbContext>().Received.Where(r => r.ActionId == marker).OrderBy(r => r.Id).Select(r => r.Kind).ToListAsync());

    [Fact]
    public async Task A_batch_handler_gets_a_run_of_events_at_once_each_once_and_in_order()
    {
        await _host.AssertEventsDeliveredAsync();
        var marker = await PublishAsync(300);

        await PartnershipHost.EventuallyAsync("300 numbered events to be received (received)", async () => (await ReceivedAsync(marker)).Count, n => n >= 300);
        await _host.AssertEventsDeliveredAsync();

        Assert.Equal(Enumerable.Range(1, 300).Select(n => $"Numbered {n}"), await ReceivedAsync(marker));
        Assert.Contains(_host.Services.GetRequiredService<BatchCalls>().Sizes, size => size > 1);
        var inbox = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox
            .Where(i => i.EventType == typeof(NumberedTestEvent).FullName).Select(i => new { i.ProcessedAt, i.Attempts }).ToListAsync());
        Assert.Equal(300, inbox.Count);
        Assert.All(inbox, i => { Assert.NotNull(i.ProcessedAt); Assert.Equal(1, i.Attempts); });
    }

    [Fact]
    public async Task An_event_the_handler_refuses_fails_alone_and_the_rest_of_its_group_lands()
    {
        await _host.AssertEventsDeliveredAsync();
        _host.Services.GetRequiredService<BatchCalls>().Refuse = 13;
        var marker = await PublishAsync(40);

        await PartnershipHost.EventuallyAsync("the 39 other events to be received (received)", async () => (await ReceivedAsync(marker)).Count, n => n >= 39);
        var received = await ReceivedAsync(marker);
        Assert.Equal(Enumerable.Range(1, 40).Where(n => n != 13).Select(n => $"Numbered {n}"), received);
        var refused = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox
            .SingleAsync(i => i.EventType == typeof(NumberedTestEvent).FullName && i.ProcessedAt == null));
        Assert.Contains("Event 13 is refused", refused.LastError);
        Assert.True(refused.Attempts >= 1);

        // Once the cause is gone the retry delivers it, still once.
        _host.Services.GetRequiredService<BatchCalls>().Refuse = null;
        await PartnershipHost.EventuallyAsync("the refused event to be delivered on retry (received)", async () => (await ReceivedAsync(marker)).Count, n => n >= 40);
        Assert.Single(await ReceivedAsync(marker), k => k == "Numbered 13");
    }

    [Fact]
    public async Task Readiness_shows_each_modules_backlog_age_and_this_instances_delivery_rate()
    {
        await _host.AssertEventsDeliveredAsync();
        var marker = await PublishAsync(50);
        await PartnershipHost.EventuallyAsync("50 numbered events to be received (received)", async () => (await ReceivedAsync(marker)).Count, n => n >= 50);
        await _host.AssertEventsDeliveredAsync();

        var ready = JsonNode.Parse(await _host.CreateClient().GetStringAsync("/health/ready"))!;
        var subscriber = ready["modules"]![TestSubscriberModule.ModuleName]!;
        Assert.True(subscriber["deliveredPerSecond"]!.GetValue<double>() > 0);
        Assert.True(subscriber["latestDeliveryLagSeconds"]!.GetValue<double>() >= 0);
        Assert.Equal(0, subscriber["inboxPending"]!.GetValue<int>());
        Assert.Equal(0, subscriber["inboxOldestWaitingSeconds"]!.GetValue<double>());
        Assert.Equal(0, subscriber["outboxOldestWaitingSeconds"]!.GetValue<double>());
        // The subject registry publishes too (merges, separations): its outbox is shown beside the modules'.
        Assert.Equal(0, ready["modules"]!["Registry"]!["outboxUndelivered"]!.GetValue<int>());
    }
}
