using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.Platform;

public sealed class EventBusTests : IDisposable
{
    private PartnershipHost _host = new();

    public void Dispose() => _host.Dispose();

    private Task<int> ReceivedCountAsync(Guid? actionId = null) =>
        _host.ScopedAsync(sp =>
        {
            var q = sp.GetRequiredService<TestSubscriberDbContext>().Received.AsQueryable();
            if (actionId is { } id) q = q.Where(r => r.ActionId == id);
            return q.CountAsync();
        });

    private async Task<Guid> CreateActionAsync(string title = "Share the rapid review learning with schools")
    {
        var admin = _host.As("alex.admin");
        var body = (await admin.SendAsync("{ partnershipBodies { id name } }")).AssertOk()
            .Data!["partnershipBodies"]!.AsArray().First(b => b!["name"]!.GetValue<string>() == "Workforce Development Group")!["id"]!.GetValue<string>();
        var owner = (await admin.SendAsync("{ partners(statutoryOnly: true) { id name } }")).AssertOk()
            .Data!["partners"]!.AsArray().First(p => p!["name"]!.GetValue<string>() == "Plymouth City Council")!["id"]!.GetValue<string>();
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd");
        var created = (await _host.As("gina.governance").SendAsync(
            "mutation($input: CreateActionInput!) { createAction(input: $input) { id title status } }",
            new { input = new { bodyId = body, ownerPartnerId = owner, title, dueDate = due } })).AssertOk();
        return Guid.Parse(created.Data!["createAction"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_action_created_through_GraphQL_reaches_the_subscriber_after_commit()
    {
        var actionId = await CreateActionAsync();

        await PartnershipHost.EventuallyAsync("the action's event to reach the subscriber once (deliveries)", () => ReceivedCountAsync(actionId), n => n == 1);
        var outbox = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox
            .Where(m => m.EventType == typeof(PartnershipActionCreated).FullName).ToListAsync());
        var message = Assert.Single(outbox, m => m.Payload.Contains(actionId.ToString()));
        Assert.NotNull(message.DispatchedAt);
        Assert.DoesNotContain("0001-01-01", message.Payload); // the event itself carries when it happened
        Assert.True(message.OccurredAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task A_subscriber_that_throws_twice_then_succeeds_gets_the_event_once()
    {
        await _host.AssertEventsDeliveredAsync(); // the demo data's actions reach the probe too: inject the faults after them
        var faults = _host.Services.GetRequiredService<DeliveryFaults>();
        var attemptsBefore = faults.Attempts;
        faults.FailNext(2);

        var actionId = await CreateActionAsync();

        await PartnershipHost.EventuallyAsync("the action's event to reach the subscriber once (deliveries)", () => ReceivedCountAsync(actionId), n => n == 1);
        await Task.Delay(300); // give a wrong second delivery the chance to happen
        Assert.Equal(1, await ReceivedCountAsync(actionId));
        var inbox = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox.SingleAsync(i => i.Payload.Contains(actionId.ToString())));
        Assert.Equal(3, inbox.Attempts);
        Assert.NotNull(inbox.ProcessedAt);
        Assert.Null(inbox.LastError);
        Assert.Equal(attemptsBefore + 3, faults.Attempts);
    }

    [Fact]
    public async Task An_event_for_an_idle_subscriber_is_delivered_on_arrival_and_its_inbox_row_stored_processed()
    {
        await _host.AssertEventsDeliveredAsync();
        var bus = _host.Services.GetRequiredService<IntegrationEventBus>();
        await bus.StopAsync(CancellationToken.None); // one explicit relay, so that the test sees what it alone did
        var actionId = await CreateActionAsync();

        await bus.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, await ReceivedCountAsync(actionId));
        var inbox = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox.SingleAsync(i => i.Payload.Contains(actionId.ToString())));
        Assert.Equal(inbox.ReceivedAt, inbox.ProcessedAt); // stored and handled by the relay's one commit, not read back later
        Assert.Equal(1, inbox.Attempts);
        Assert.Null(inbox.NextAttemptAt);
    }

    [Fact]
    public async Task A_relay_repeated_after_a_crash_between_the_two_databases_handles_nothing_twice()
    {
        await _host.AssertEventsDeliveredAsync();
        var bus = _host.Services.GetRequiredService<IntegrationEventBus>();
        await bus.StopAsync(CancellationToken.None);
        var actionId = await CreateActionAsync();
        await bus.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, await ReceivedCountAsync(actionId));

        // As if the process had died after the subscriber's commit and before the publisher marked its outbox row.
        await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox.Where(m => m.Payload.Contains(actionId.ToString()))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.DispatchedAt, (DateTimeOffset?)null)));
        await bus.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, await ReceivedCountAsync(actionId));
        Assert.Equal(1, await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox.CountAsync(i => i.Payload.Contains(actionId.ToString()))));
        Assert.False(await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox.AnyAsync(m => m.Payload.Contains(actionId.ToString()) && m.DispatchedAt == null)));
    }

    [Fact]
    public async Task A_publisher_transaction_that_rolls_back_delivers_nothing()
    {
        var first = await CreateActionAsync(); // a real event first, so the bus is known to be running
        await PartnershipHost.EventuallyAsync("the first event at the subscriber (deliveries of it)", () => ReceivedCountAsync(first), n => n == 1);

        var ghost = Guid.NewGuid();
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<GovernanceDbContext>();
            var template = await db.Actions.AsNoTracking().FirstAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Actions.Add(new PartnershipAction
            {
                Id = ghost, BodyId = template.BodyId, OwnerPartnerId = template.OwnerPartnerId, Title = "Never agreed",
                CreatedOn = template.CreatedOn, DueDate = template.DueDate,
            });
            db.Publish(new PartnershipActionCreated(ghost, template.BodyId, "x", template.OwnerPartnerId, template.DueDate));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
            return 0;
        });
        // And a publisher whose save fails (the owner does not exist): the event goes down with the data.
        var failed = await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<GovernanceDbContext>();
            var template = await db.Actions.AsNoTracking().FirstAsync();
            db.Actions.Add(new PartnershipAction { Id = Guid.NewGuid(), BodyId = template.BodyId, OwnerPartnerId = Guid.NewGuid(), Title = "Orphan", DueDate = template.DueDate });
            db.Publish(new PartnershipActionCreated(ghost, template.BodyId, "x", Guid.NewGuid(), template.DueDate));
            try { await db.SaveChangesAsync(); return false; }
            catch (DbUpdateException) { return true; }
        });
        Assert.True(failed);

        await _host.Services.GetRequiredService<IntegrationEventBus>().RunOnceAsync(CancellationToken.None);
        await Task.Delay(300);
        Assert.Equal(0, await ReceivedCountAsync(ghost));
        Assert.False(await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox.AnyAsync(m => m.Payload.Contains(ghost.ToString()))));
        Assert.False(await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Actions.AnyAsync(a => a.Id == ghost)));
    }

    [Fact]
    public async Task Events_committed_before_a_stop_are_delivered_after_the_restart()
    {
        _host.Dispose();
        _host = new PartnershipHost(_host.DataFolder, new Dictionary<string, string?> { ["EventBus:Enabled"] = "false" }, _host.SigningKey);
        var actionId = await CreateActionAsync();
        await Task.Delay(300);
        Assert.Equal(0, await ReceivedCountAsync(actionId));

        _host = _host.Restart(new Dictionary<string, string?> { ["EventBus:Enabled"] = "true" });
        await PartnershipHost.EventuallyAsync("the action's event to reach the subscriber once (deliveries)", () => ReceivedCountAsync(actionId), n => n == 1);
    }

    [Fact]
    public async Task Readiness_counts_an_event_as_waiting_until_it_is_relayed_not_until_its_relayed_mark_is_written()
    {
        // Marks made at most once an hour: on SQLite an event relayed after the first mark stays unmarked in its outbox.
        await _host.AssertEventsDeliveredAsync(); // the demo data's events relayed and marked before the restart
        _host = _host.Restart(new Dictionary<string, string?> { ["EventBus:RelayMarkInterval"] = "01:00:00" });
        var first = await CreateActionAsync("Relayed and marked");
        await PartnershipHost.EventuallyAsync("the first action's event to reach the subscriber (deliveries)", () => ReceivedCountAsync(first), n => n == 1);
        var second = await CreateActionAsync("Relayed, its mark not yet written");
        await PartnershipHost.EventuallyAsync("the second action's event to reach the subscriber (deliveries)", () => ReceivedCountAsync(second), n => n == 1);
        if (TestDatabase.Provider == DatabaseProvider.Sqlite)
            Assert.True(await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox.AnyAsync(m => m.Payload.Contains(second.ToString()) && m.DispatchedAt == null)));

        var governance = JsonNode.Parse(await _host.CreateClient().GetStringAsync("/health/ready"))!["modules"]!["Governance"]!;
        Assert.Equal(0, governance["outboxUndelivered"]!.GetValue<int>());
        Assert.Equal(0, governance["outboxOldestWaitingSeconds"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_delivery_that_keeps_failing_is_parked_and_an_administrator_puts_it_back_in_line()
    {
        _host.Dispose();
        _host = new PartnershipHost(_host.DataFolder, new Dictionary<string, string?> { ["EventBus:MaxAttempts"] = "2" }, _host.SigningKey);
        await _host.AssertEventsDeliveredAsync(); // the demo data's actions reach the probe too: inject the faults after them
        _host.Services.GetRequiredService<DeliveryFaults>().FailNext(int.MaxValue);

        var actionId = await CreateActionAsync("Always fails at first");
        await PartnershipHost.EventuallyAsync("the failing delivery to be parked (parked inbox rows)", () => _host.ScopedAsync(sp =>
            sp.GetRequiredService<TestSubscriberDbContext>().Inbox.CountAsync(i => i.ParkedAt != null)), n => n > 0);
        var parked = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox.SingleAsync(i => i.ParkedAt != null));
        Assert.Equal(2, parked.Attempts);
        Assert.Contains("Injected failure", parked.LastError);
        Assert.Equal(0, await ReceivedCountAsync(actionId));

        (await _host.As("gina.governance").SendAsync("mutation { retryParkedEvents(module: \"TestSubscriber\") }")).AssertError("FORBIDDEN");
        _host.Services.GetRequiredService<DeliveryFaults>().FailNext(0);
        var retried = (await _host.As("alex.admin").SendAsync("mutation { retryParkedEvents(module: \"TestSubscriber\") }")).AssertOk();
        Assert.Equal(1, retried.Data!["retryParkedEvents"]!.GetValue<int>());
        await PartnershipHost.EventuallyAsync("the action's event to reach the subscriber once (deliveries)", () => ReceivedCountAsync(actionId), n => n == 1);
    }
}
