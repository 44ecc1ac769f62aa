using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// The in-process event bus. Two steps, both driven from the databases so that nothing is lost when
/// a handler throws or the process dies:
/// 1. relay: committed outbox rows of every module are copied into the inbox of each subscribing module
///    (one row per handler, unique on message and handler, so a repeated relay stores nothing twice);
/// 2. deliver: each pending inbox row runs its handler inside a transaction that also marks the row
///    processed, so a handler's effects and its dedup record commit together. Failures are recorded and
///    retried with back-off; a module switched off keeps its inbox rows until it is switched on again.
/// </summary>
public sealed class IntegrationEventBus(
    IServiceScopeFactory scopes,
    ModuleCatalog catalog,
    OutboxSignal signal,
    IOptions<EventBusOptions> options,
    TimeProvider clock,
    ILogger<IntegrationEventBus> logger) : BackgroundService
{
    private readonly EventBusOptions _options = options.Value;
    private static readonly ConcurrentDictionary<(Type Handler, Type Event), MethodInfo> HandleMethods = new();
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> _relayBackoff = new();
    // A round and a replay never overlap in this process: a replay rewrites a module's inbox and read models.
    private readonly SemaphoreSlim _round = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogError(e, "The event bus failed a round; it will try again.");
            }
            if (busy) continue;
            try { await signal.WaitAsync(_options.PollInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One round of relay and delivery. Returns true when a full batch suggests more work waits.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        await _round.WaitAsync(ct);
        try
        {
            var more = false;
            foreach (var module in catalog.Modules)
                more |= await RelayAsync(module, ct);
            foreach (var module in catalog.Modules)
                more |= await DeliverAsync(module, ct);
            return more;
        }
        finally { _round.Release(); }
    }

    private async Task<bool> RelayAsync(PartnershipModule publisher, CancellationToken ct)
    {
        // A publisher whose relay failed (a subscriber's database unreachable, say) waits before the next try.
        if (_relayBackoff.TryGetValue(publisher.Name, out var backoff) && clock.GetUtcNow() < backoff.Until) return false;
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisher.DbContextType);
        var claims = RowClaims.NeedsClaims(db);
        // With several instances, the batch stays locked to this one until it is marked relayed.
        await using var tx = claims ? await db.Database.BeginTransactionAsync(ct) : null;
        var batch = claims
            ? await RowClaims.ClaimUndeliveredAsync(db, _options.BatchSize, ct)
            : await db.Outbox.Where(m => m.DispatchedAt == null).OrderBy(m => m.Sequence).Take(_options.BatchSize).ToListAsync(ct);
        if (batch.Count == 0) return false;

        var bySubscriber = batch
            .SelectMany(m => catalog.SubscribersOf(m.EventType).Select(s => (Message: m, Subscription: s)))
            .GroupBy(x => x.Subscription.Module);
        try
        {
            foreach (var group in bySubscriber)
                await StoreInInboxAsync(scope.ServiceProvider, publisher, group.Key, group.ToList(), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            foreach (var m in batch) { m.RelayAttempts++; m.LastError = Truncate(e.Message); }
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
            var failures = _relayBackoff.TryGetValue(publisher.Name, out var previous) ? previous.Failures + 1 : 1;
            _relayBackoff[publisher.Name] = (failures, clock.GetUtcNow() + _options.RetryDelay(failures));
            logger.LogWarning(e, "Relaying {Count} events from {Module} failed; they stay in its outbox.", batch.Count, publisher.Name);
            return false;
        }

        _relayBackoff.TryRemove(publisher.Name, out _);
        var now = clock.GetUtcNow();
        foreach (var m in batch) { m.DispatchedAt = now; m.LastError = null; }
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return batch.Count == _options.BatchSize;
    }

    private async Task StoreInInboxAsync(IServiceProvider services, PartnershipModule publisher, PartnershipModule subscriber,
        List<(OutboxMessage Message, Subscription Subscription)> deliveries, CancellationToken ct)
    {
        var inboxDb = (ModuleDbContext)services.GetRequiredService(subscriber.DbContextType);
        var ids = deliveries.Select(d => d.Message.Id).Distinct().ToList();
        var existing = (await inboxDb.Inbox.Where(i => ids.Contains(i.MessageId))
                .Select(i => new { i.MessageId, i.Handler }).ToListAsync(ct))
            .Select(x => (x.MessageId, x.Handler)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var (message, subscription) in deliveries)
        {
            if (!existing.Add((message.Id, subscription.HandlerName))) continue;
            inboxDb.Inbox.Add(new InboxMessage
            {
                MessageId = message.Id,
                EventType = message.EventType,
                Handler = subscription.HandlerName,
                SourceModule = publisher.Name,
                Payload = message.Payload,
                ReceivedAt = now,
            });
        }
        await inboxDb.SaveChangesAsync(ct);
        inboxDb.ChangeTracker.Clear();
    }

    private async Task<bool> DeliverAsync(PartnershipModule subscriber, CancellationToken ct)
    {
        if (subscriber.EventHandlerTypes.Count == 0) return false;
        List<InboxMessage> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var switches = scope.ServiceProvider.GetRequiredService<IModuleSwitch>();
            if (!await switches.IsEnabledAsync(subscriber.FeatureFlag, ct)) return false; // paused: events wait in the inbox
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
            var now = clock.GetUtcNow();
            // Instants are stored as UTC ticks, so this comparison runs in SQL on every provider.
            pending = await db.Inbox.AsNoTracking()
                .Where(i => i.ProcessedAt == null && i.ParkedAt == null)
                .Where(i => i.NextAttemptAt == null || i.NextAttemptAt <= now)
                .OrderBy(i => i.Sequence).Take(_options.BatchSize).ToListAsync(ct);
        }
        // Deliver in groups inside one transaction each; a group in which any handler fails is rolled back whole
        // and its events are delivered one by one, so a failing event is retried alone and the rest still land.
        foreach (var group in pending.Chunk(_options.DeliveryGroupSize))
        {
            if (group.Length > 1 && await DeliverGroupAsync(subscriber, group, ct)) continue;
            foreach (var message in group) await DeliverOneAsync(subscriber, message, ct);
        }
        return pending.Count == _options.BatchSize;
    }

    private async Task<bool> DeliverGroupAsync(PartnershipModule subscriber, InboxMessage[] group, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var sequences = group.Select(m => m.Sequence).ToList();
            var rows = RowClaims.NeedsClaims(db)
                ? await RowClaims.ClaimPendingAsync(db, sequences, ct)
                : await db.Inbox.Where(i => sequences.Contains(i.Sequence) && i.ProcessedAt == null).ToListAsync(ct);
            foreach (var row in rows.OrderBy(r => r.Sequence))
            {
                await InvokeHandlerAsync(scope.ServiceProvider, subscriber, row, ct);
                row.ProcessedAt = clock.GetUtcNow();
                row.Attempts++;
                row.LastError = null;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogDebug(e, "A group of {Count} events for {Module} was rolled back; delivering them one by one.", group.Length, subscriber.Name);
            return false; // rolled back: deliver one by one, recording which event failed
        }
    }

    private Task InvokeHandlerAsync(IServiceProvider services, PartnershipModule subscriber, InboxMessage message, CancellationToken ct) =>
        InvokeHandlerAsync(services, subscriber, message.Handler, message.EventType, message.Payload, ct);

    private async Task InvokeHandlerAsync(IServiceProvider services, PartnershipModule subscriber, string handlerName, string eventTypeName, string payload, CancellationToken ct)
    {
        var handlerType = subscriber.EventHandlerTypes.FirstOrDefault(h => ModuleCatalog.HandlerName(h) == handlerName);
        var eventType = catalog.EventType(eventTypeName);
        if (handlerType is null || eventType is null)
            throw new InvalidOperationException($"No handler {handlerName} for {eventTypeName} in {subscriber.Name}.");
        var integrationEvent = JsonSerializer.Deserialize(payload, eventType, ModuleDbContext.EventJson)
            ?? throw new InvalidOperationException("The event payload is empty.");
        var handler = services.GetRequiredService(handlerType);
        var method = HandleMethods.GetOrAdd((handlerType, eventType), k =>
            typeof(IIntegrationEventHandler<>).MakeGenericType(k.Event).GetMethod("HandleAsync")!);
        await (Task)method.Invoke(handler, [integrationEvent, ct])!;
    }

    private async Task DeliverOneAsync(PartnershipModule subscriber, InboxMessage message, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Claim the row first: on PostgreSQL another instance may hold it, and then it is that instance's to handle.
            var row = RowClaims.NeedsClaims(db)
                ? (await RowClaims.ClaimPendingAsync(db, [message.Sequence], ct)).SingleOrDefault()
                : await db.Inbox.SingleAsync(i => i.Sequence == message.Sequence, ct);
            if (row is null || row.ProcessedAt is not null) { await tx.RollbackAsync(ct); return; }
            await InvokeHandlerAsync(scope.ServiceProvider, subscriber, row, ct);
            row.ProcessedAt = clock.GetUtcNow();
            row.Attempts++;
            row.LastError = null;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var error = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            await RecordFailureAsync(subscriber, message, error, ct);
        }
    }

    private async Task RecordFailureAsync(PartnershipModule subscriber, InboxMessage message, Exception error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
        var row = await db.Inbox.SingleAsync(i => i.Sequence == message.Sequence, ct);
        row.Attempts++;
        row.LastError = Truncate($"{error.GetType().Name}: {error.Message}");
        var now = clock.GetUtcNow();
        if (row.Attempts >= _options.MaxAttempts)
        {
            row.ParkedAt = now;
            logger.LogError(error, "{Module} gave up on event {EventId} after {Attempts} attempts; it is parked.", subscriber.Name, row.MessageId, row.Attempts);
        }
        else
        {
            row.NextAttemptAt = now + _options.RetryDelay(row.Attempts);
            logger.LogWarning(error, "{Module} failed event {EventId} (attempt {Attempts}); retry at {Next}.", subscriber.Name, row.MessageId, row.Attempts, row.NextAttemptAt);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Puts a module's parked deliveries back in line (an administrator does this once the cause is fixed).</summary>
    public async Task<int> RetryParkedAsync(PartnershipModule subscriber, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
        var parked = await db.Inbox.Where(i => i.ParkedAt != null && i.ProcessedAt == null).ToListAsync(ct);
        foreach (var row in parked) { row.ParkedAt = null; row.NextAttemptAt = null; row.Attempts = 0; }
        await db.SaveChangesAsync(ct);
        if (parked.Count > 0) signal.Raise();
        return parked.Count;
    }

    /// <summary>
    /// Re-delivers the kept history (every publisher's outbox, dispatched or not) to one module's handlers, in one
    /// transaction on the module's database: first the module's read models are cleared (when its DbContext is an
    /// <see cref="IRebuildableReadModel"/>), then every stored event the module handles is handed to each of its handlers
    /// once, publisher by publisher in publication order, and every (message, handler) pair of that history is recorded in
    /// the inbox as processed, so that live delivery applies none of them a second time. The replay either commits whole
    /// or leaves the module as it was. No relay or delivery runs in this process meanwhile; on PostgreSQL the module's
    /// inbox is locked against other instances until the replay commits. See docs/decisions (replaying the event history).
    /// </summary>
    public async Task<EventReplay> ReplayAsync(PartnershipModule subscriber, CancellationToken ct)
    {
        var handled = subscriber.EventHandlerTypes.SelectMany(IntegrationEventHandlers.HandledEvents).Select(IntegrationEventHandlers.NameOf).Distinct().ToList();
        await _round.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (RowClaims.NeedsClaims(db)) await RowClaims.LockInboxAsync(db, ct);
            var cleared = db is IRebuildableReadModel;
            if (db is IRebuildableReadModel readModel) await readModel.ClearReadModelAsync(ct);
            int events = 0, deliveries = 0;
            foreach (var publisher in catalog.Modules)
            {
                var source = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisher.DbContextType);
                long after = 0;
                while (true)
                {
                    var page = await source.Outbox.AsNoTracking()
                        .Where(m => handled.Contains(m.EventType) && m.Sequence > after)
                        .OrderBy(m => m.Sequence).Take(_options.BatchSize).ToListAsync(ct);
                    if (page.Count == 0) break;
                    after = page[^1].Sequence;
                    var ids = page.Select(m => m.Id).ToList();
                    var inbox = (await db.Inbox.Where(i => ids.Contains(i.MessageId)).ToListAsync(ct))
                        .ToDictionary(i => (i.MessageId, i.Handler));
                    var now = clock.GetUtcNow();
                    foreach (var message in page)
                    {
                        events++;
                        foreach (var subscription in catalog.SubscribersOf(message.EventType).Where(s => s.Module == subscriber))
                        {
                            await InvokeHandlerAsync(scope.ServiceProvider, subscriber, subscription.HandlerName, message.EventType, message.Payload, ct);
                            deliveries++;
                            if (inbox.TryGetValue((message.Id, subscription.HandlerName), out var row))
                            {
                                row.ProcessedAt = now; row.Attempts++; row.LastError = null; row.ParkedAt = null; row.NextAttemptAt = null;
                            }
                            else
                                db.Inbox.Add(new InboxMessage
                                {
                                    MessageId = message.Id, EventType = message.EventType, Handler = subscription.HandlerName, SourceModule = publisher.Name,
                                    Payload = message.Payload, ReceivedAt = now, ProcessedAt = now, Attempts = 1,
                                });
                        }
                    }
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }
            await tx.CommitAsync(ct);
            logger.LogInformation("Replayed {Events} events ({Deliveries} deliveries) to {Module}.", events, deliveries, subscriber.Name);
            return new EventReplay(subscriber.Name, events, deliveries, cleared);
        }
        finally { _round.Release(); }
    }

    private static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000];
}
