using System.Collections.Concurrent;
using System.Linq.Expressions;
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
/// 2. deliver: pending inbox rows run their handlers in groups, each group inside one transaction that also marks its
///    rows processed, so a handler's effects and its dedup record commit together. Failures are recorded and
///    retried with back-off; a module switched off keeps its inbox rows until it is switched on again.
/// Every publisher's relay and every subscriber's delivery is a loop of its own, so that a slow or busy module holds up
/// no other; a publisher's commit wakes its relay, and a relay wakes the delivery it fed (<see cref="OutboxSignal"/>).
/// See docs/decisions/0020-event-delivery-that-keeps-up.md.
/// </summary>
public sealed class IntegrationEventBus(
    IServiceScopeFactory scopes,
    ModuleCatalog catalog,
    OutboxSignal signal,
    EventDeliveryMetrics metrics,
    IOptions<EventBusOptions> options,
    TimeProvider clock,
    ILogger<IntegrationEventBus> logger) : BackgroundService
{
    private readonly EventBusOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> _relayBackoff = new();
    // In this process one relay per publisher and one delivery per subscriber run at a time (the loops, an explicit
    // round and a replay take turns); a replay of a module also holds every relay, since it rewrites the module's inbox.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _relaying = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _delivering = new();
    // On SQLite, how far each publisher's relay has got and how far its outbox is marked (see RelayProgress).
    private readonly ConcurrentDictionary<string, RelayProgress> _progress = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return Task.CompletedTask;
        var relays = catalog.Publishers.Select(p =>
            LoopAsync($"relay the events of {p.Name}", signal.RelayOf(p.DbContextType), ct => RelayAsync(p, ct), stoppingToken));
        var deliveries = catalog.Modules.Where(m => m.EventHandlerTypes.Count > 0).Select(m =>
            LoopAsync($"deliver events to {m.Name}", signal.DeliveryOf(m.DbContextType), ct => DeliverAsync(m, ct), stoppingToken));
        return Task.WhenAll(relays.Concat(deliveries));
    }

    /// <summary>Runs a step again at once while it finds a full batch; otherwise waits to be woken or for the poll interval.</summary>
    private async Task LoopAsync(string step, OutboxSignal.WakeUp wakeUp, Func<CancellationToken, Task<bool>> once, CancellationToken stop)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await once(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogError(e, "The event bus failed to {Step}; it will try again.", step);
            }
            if (more) continue;
            try { await wakeUp.WaitAsync(_options.PollInterval, stop); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One round: every publisher's relay once, then one delivery group to every subscriber. Returns true when a
    /// full batch suggests more work waits.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        var more = false;
        foreach (var publisher in catalog.Publishers)
            more |= await RelayAsync(publisher, ct, explicitRound: true);
        foreach (var module in catalog.Modules)
            more |= await DeliverAsync(module, ct);
        return more;
    }

    /// <summary>Inbox rows to deliver at <paramref name="now"/>: not processed, not parked, not waiting for a retry. Instants
    /// are stored as UTC ticks, so this runs in SQL on every provider (<see cref="RowClaims.ClaimDueAsync"/> says the same
    /// in PostgreSQL's words).</summary>
    private static Expression<Func<InboxMessage, bool>> DueAt(DateTimeOffset now) =>
        i => i.ProcessedAt == null && i.ParkedAt == null && (i.NextAttemptAt == null || i.NextAttemptAt <= now);

    private SemaphoreSlim Relaying(EventPublisher p) => _relaying.GetOrAdd(p.Name, _ => new SemaphoreSlim(1, 1));
    private SemaphoreSlim Delivering(PartnershipModule m) => _delivering.GetOrAdd(m.Name, _ => new SemaphoreSlim(1, 1));

    /// <summary>
    /// Relays the next batch of a publisher's outbox to its subscribers and marks it relayed. On SQLite, where this loop is
    /// the only relay of the publisher, the mark (a write to the publisher's database, whose pages its own writers then read
    /// again) is made at most every <see cref="EventBusOptions.RelayMarkInterval"/>: between marks the relay remembers how far
    /// it has got. An explicit round (<see cref="RunOnceAsync"/>) reads the outbox afresh and marks at once.
    /// </summary>
    private async Task<bool> RelayAsync(EventPublisher publisher, CancellationToken ct, bool explicitRound = false)
    {
        // A publisher whose relay failed (a subscriber's database unreachable, say) waits before the next try.
        if (_relayBackoff.TryGetValue(publisher.Name, out var backoff) && clock.GetUtcNow() < backoff.Until) return false;
        var turn = Relaying(publisher);
        await turn.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisher.DbContextType);
            var claims = RowClaims.NeedsClaims(db);
            var progress = claims ? null : _progress.GetOrAdd(publisher.Name, _ => new RelayProgress());
            if (progress is not null && explicitRound)
            {
                await MarkRelayedAsync(db, progress, ct);
                progress.RelayedUpTo = progress.MarkedUpTo = 0; // read afresh: whatever is not marked is relayed again
            }
            // A look without a transaction first: most wake-ups of an idle host find nothing, and should cost one query.
            if (claims && !await db.Outbox.AnyAsync(m => m.DispatchedAt == null, ct)) return false;
            // With several instances, the batch stays locked to this one until it is marked relayed.
            await using var tx = claims ? await db.Database.BeginTransactionAsync(ct) : null;
            var after = progress?.RelayedUpTo ?? 0;
            var batch = claims
                ? await RowClaims.ClaimUndeliveredAsync(db, _options.BatchSize, ct)
                : await db.Outbox.AsNoTracking().Where(m => m.DispatchedAt == null && m.Sequence > after).OrderBy(m => m.Sequence).Take(_options.BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                if (progress is not null && progress.MarkDue(_options.RelayMarkInterval)) await MarkRelayedAsync(db, progress, ct);
                return false;
            }
            var sequences = batch.Select(m => m.Sequence).ToList();
            // On SQLite this relay is the only one (one process, one relay per publisher) and the batch is the first
            // unrelayed rows in order, so "from the first to the last one read" names exactly the batch, without a
            // parameter a row.
            var (first, last) = (batch[0].Sequence, batch[^1].Sequence);
            var relayed = claims
                ? db.Outbox.Where(m => sequences.Contains(m.Sequence))
                : db.Outbox.Where(m => m.Sequence >= first && m.Sequence <= last && m.DispatchedAt == null);

            var bySubscriber = batch
                .SelectMany(m => catalog.SubscribersOf(m.EventType).Select(s => (Message: m, Subscription: s)))
                .GroupBy(x => x.Subscription.Module).ToList();
            var waiting = new List<PartnershipModule>();
            try
            {
                // Side by side: each subscriber has a database of its own, and one delivering on arrival holds up no other.
                var delivered = await Task.WhenAll(bySubscriber.Select(group => HandOverAsync(scope.ServiceProvider, publisher, group.Key, group.ToList(), ct)));
                waiting.AddRange(bySubscriber.Where((_, i) => !delivered[i]).Select(group => group.Key));
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                var error = Truncate(e.Message);
                await relayed.ExecuteUpdateAsync(u => u.SetProperty(m => m.RelayAttempts, m => m.RelayAttempts + 1).SetProperty(m => m.LastError, error), ct);
                if (tx is not null) await tx.CommitAsync(ct);
                var failures = _relayBackoff.TryGetValue(publisher.Name, out var previous) ? previous.Failures + 1 : 1;
                _relayBackoff[publisher.Name] = (failures, clock.GetUtcNow() + _options.RetryDelay(failures));
                logger.LogWarning(e, "Relaying {Count} events from {Module} failed; they stay in its outbox.", batch.Count, publisher.Name);
                return false;
            }

            _relayBackoff.TryRemove(publisher.Name, out _);
            if (progress is null)
            {
                await MarkDispatchedAsync(relayed, ct);
                if (tx is not null) await tx.CommitAsync(ct);
            }
            else
            {
                progress.RelayedUpTo = last;
                if (explicitRound || progress.MarkDue(_options.RelayMarkInterval)) await MarkRelayedAsync(db, progress, ct);
            }
            foreach (var subscriber in waiting) signal.Relayed(subscriber.DbContextType);
            return batch.Count == _options.BatchSize;
        }
        finally { turn.Release(); }
    }

    /// <summary>Marks a publisher's outbox relayed up to where its relay has got (SQLite: one statement for every batch
    /// relayed since the last mark). Rows relayed and not yet marked when the process stops are relayed again at its next
    /// start, and the subscribers' inboxes (unique on message and handler) keep them from being stored or handled twice.</summary>
    private async Task MarkRelayedAsync(ModuleDbContext db, RelayProgress progress, CancellationToken ct)
    {
        var (from, upTo) = (progress.MarkedUpTo, progress.RelayedUpTo);
        if (upTo > from)
        {
            await MarkDispatchedAsync(db.Outbox.Where(m => m.Sequence > from && m.Sequence <= upTo && m.DispatchedAt == null), ct);
            progress.MarkedUpTo = upTo;
        }
        progress.MarkedAt = Environment.TickCount64;
    }

    /// <summary>
    /// A publisher's outbox rows not yet relayed to their subscribers. On SQLite the relay marks its rows together (at most
    /// every <see cref="EventBusOptions.RelayMarkInterval"/>), so rows it has relayed and not yet marked are left out by how
    /// far it has got; elsewhere every relayed row is marked in the transaction that relayed it. For the readiness check's
    /// backlog, which would otherwise count up to a mark interval of delivered events as waiting.
    /// </summary>
    public IQueryable<OutboxMessage> Unrelayed(ModuleDbContext publisherDb, string publisher)
    {
        var relayedUpTo = _progress.TryGetValue(publisher, out var progress) ? Volatile.Read(ref progress.RelayedUpTo) : 0;
        return publisherDb.Outbox.Where(m => m.DispatchedAt == null && m.Sequence > relayedUpTo);
    }

    /// <summary>Marks outbox rows relayed now, clearing the error of any earlier failed try, in one statement.</summary>
    private Task<int> MarkDispatchedAsync(IQueryable<OutboxMessage> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return rows.ExecuteUpdateAsync(u => u.SetProperty(m => m.DispatchedAt, now).SetProperty(m => m.LastError, (string?)null), ct);
    }

    /// <summary>Marks what the relays have relayed and not yet marked (when the bus stops).</summary>
    private async Task MarkAllRelayedAsync(CancellationToken ct)
    {
        foreach (var publisher in catalog.Publishers)
        {
            if (!_progress.TryGetValue(publisher.Name, out var progress) || progress.RelayedUpTo <= progress.MarkedUpTo) continue;
            var turn = Relaying(publisher);
            await turn.WaitAsync(ct);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await MarkRelayedAsync((ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisher.DbContextType), progress, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Marking the events of {Module} relayed failed; they will be relayed again, and not delivered twice.", publisher.Name);
            }
            finally { turn.Release(); }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_options.Enabled) await MarkAllRelayedAsync(cancellationToken);
    }

    /// <summary>On SQLite, how far a publisher's relay has relayed (<see cref="RelayedUpTo"/>) and how far that is marked in
    /// its outbox (<see cref="MarkedUpTo"/>), by sequence. Held in memory only: a new process starts from the marks.</summary>
    private sealed class RelayProgress
    {
        public long RelayedUpTo;
        public long MarkedUpTo;
        /// <summary>When the last mark was made (<see cref="Environment.TickCount64"/>; not the host's clock, which tests may stop).</summary>
        public long MarkedAt = long.MinValue / 2;
        public bool MarkDue(TimeSpan interval) => RelayedUpTo > MarkedUpTo && Environment.TickCount64 - MarkedAt >= interval.TotalMilliseconds;
    }

    /// <summary>
    /// Hands a publisher's batch to one subscriber: delivered on arrival when it can be (<see cref="TryDeliverOnArrivalAsync"/>),
    /// otherwise stored in the subscriber's inbox for its delivery loop. Returns true when the events were delivered, false
    /// when they wait in the inbox.
    /// </summary>
    private async Task<bool> HandOverAsync(IServiceProvider services, EventPublisher publisher, PartnershipModule subscriber,
        List<(OutboxMessage Message, Subscription Subscription)> deliveries, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = deliveries.Select(d => new InboxMessage
        {
            MessageId = d.Message.Id,
            EventType = d.Message.EventType,
            Handler = d.Subscription.HandlerName,
            SourceModule = publisher.Name,
            Payload = d.Message.Payload,
            ReceivedAt = now,
        }).ToList();
        // A module subscribed to its own events is relayed inside its own claim's transaction: those wait in line.
        if (_options.DeliverOnArrival && subscriber.Name != publisher.Name && await TryDeliverOnArrivalAsync(subscriber, rows, ct)) return true;
        await StoreInInboxAsync(services, subscriber, rows, ct);
        return false;
    }

    /// <summary>
    /// Delivers arriving events straight to the subscriber's handlers, without the inbox round trip (stored, read back,
    /// marked): in one transaction of the subscriber's database the handlers run, their writes are saved and the inbox rows
    /// are stored already processed, so the dedup record commits with the effects exactly as in a delivery group. Only when
    /// nothing of the subscriber's comes first: its delivery loop is idle, no inbox row of it is due (publication order is
    /// kept), and the module is switched on. Rows already in the inbox (a relay repeated after a crash) are neither stored
    /// nor handled again. If a handler throws, the transaction rolls back and the rows go to the inbox as usual; a lone
    /// event's failure counts as its first attempt, as in a delivery group of one. See decision 0020.
    /// </summary>
    private async Task<bool> TryDeliverOnArrivalAsync(PartnershipModule subscriber, List<InboxMessage> rows, CancellationToken ct)
    {
        var turn = Delivering(subscriber);
        if (!await turn.WaitAsync(0, ct)) return false; // its delivery loop is at work: these wait behind what it is doing
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
            var now = clock.GetUtcNow();
            if (await db.Inbox.AnyAsync(DueAt(now), ct)) return false;
            if (!await scope.ServiceProvider.GetRequiredService<IModuleSwitch>().IsEnabledAsync(subscriber.FeatureFlag, ct)) return false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var ids = rows.Select(r => r.MessageId).Distinct().ToList();
            var stored = (await db.Inbox.Where(i => EF.Parameter(ids).Contains(i.MessageId)).Select(i => new { i.MessageId, i.Handler }).ToListAsync(ct))
                .Select(i => (i.MessageId, i.Handler)).ToHashSet();
            var arriving = stored.Count == 0 ? rows : rows.Where(r => !stored.Contains((r.MessageId, r.Handler))).ToList();
            try
            {
                var occurred = await HandleAsync(scope.ServiceProvider, subscriber, arriving, ct);
                await db.SaveChangesAsync(ct);
                foreach (var row in arriving) { row.ReceivedAt = now; row.ProcessedAt = now; row.Attempts = 1; } // received and processed in one commit
                await db.InsertAllAsync(arriving, ct);
                await tx.CommitAsync(ct);
                metrics.Delivered(subscriber.Name, occurred);
                return true;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                await tx.RollbackAsync(ct);
                logger.LogDebug(e, "{Count} arriving events for {Module} were rolled back; they go to its inbox.", arriving.Count, subscriber.Name);
                foreach (var row in arriving) { row.ProcessedAt = null; row.Attempts = 0; }
                if (arriving.Count == 1) CountFailedAttempt(subscriber, arriving[0], e, now);
                return false;
            }
        }
        finally { turn.Release(); }
    }

    /// <summary>Stores one inbox row per (event, handler), in one transaction of multi-row inserts; a row already there
    /// (the relay repeated after a crash between the two databases) is left as it is.</summary>
    private async Task StoreInInboxAsync(IServiceProvider services, PartnershipModule subscriber, List<InboxMessage> rows, CancellationToken ct)
    {
        var inboxDb = (ModuleDbContext)services.GetRequiredService(subscriber.DbContextType);
        // A module subscribed to its own events is relayed inside the claim's transaction: its rows commit with that.
        await using var tx = inboxDb.Database.CurrentTransaction is null ? await inboxDb.Database.BeginTransactionAsync(ct) : null;
        await inboxDb.InsertAllAsync(rows, skipDuplicates: true, ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Delivers the next group of due inbox rows in one transaction: each run of consecutive rows for one handler and
    /// event type is handed to the handler at once (a batch handler takes it whole), the handlers' writes are saved, the
    /// rows are marked processed in one statement, and the transaction commits. A group in which anything fails is rolled
    /// back whole and its rows are delivered one by one, so a failing event is retried alone and the rest still land.
    /// </summary>
    private async Task<bool> DeliverAsync(PartnershipModule subscriber, CancellationToken ct)
    {
        if (subscriber.EventHandlerTypes.Count == 0) return false;
        var turn = Delivering(subscriber);
        await turn.WaitAsync(ct);
        try
        {
            var (group, failure) = await DeliverGroupAsync(subscriber, ct);
            if (failure is not null)
            {
                // Rolled back: a lone row records its failure; a larger group is redone one row at a time.
                if (group.Count == 1) await RecordFailureAsync(subscriber, group[0], failure, ct);
                else foreach (var message in group) await DeliverOneAsync(subscriber, message, ct);
            }
            return group.Count == _options.DeliveryGroupSize;
        }
        finally { turn.Release(); }
    }

    private async Task<(IReadOnlyList<InboxMessage> Group, Exception? Failure)> DeliverGroupAsync(PartnershipModule subscriber, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
        var now = clock.GetUtcNow();
        // A look without a transaction first: most wake-ups of an idle host find nothing, and should cost one query.
        if (!await db.Inbox.AnyAsync(DueAt(now), ct)) return ([], null);
        var switches = scope.ServiceProvider.GetRequiredService<IModuleSwitch>();
        if (!await switches.IsEnabledAsync(subscriber.FeatureFlag, ct)) return ([], null); // paused: events wait in the inbox
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // On PostgreSQL the query claims the rows against other instances until the commit.
        var group = RowClaims.NeedsClaims(db)
            ? await RowClaims.ClaimDueAsync(db, _options.DeliveryGroupSize, now, ct)
            : await db.Inbox.AsNoTracking().Where(DueAt(now)).OrderBy(i => i.Sequence).Take(_options.DeliveryGroupSize).ToListAsync(ct);
        if (group.Count == 0) return (group, null);
        try
        {
            var occurred = await HandleAsync(scope.ServiceProvider, subscriber, group, ct);
            await db.SaveChangesAsync(ct);
            await MarkProcessedAsync(db, group, now, ct);
            await tx.CommitAsync(ct);
            metrics.Delivered(subscriber.Name, occurred);
            return (group, null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogDebug(e, "A group of {Count} events for {Module} was rolled back.", group.Count, subscriber.Name);
            return (group, e);
        }
    }

    /// <summary>Runs the handlers for the rows, in order, a run of one handler and event type at a time. Returns the
    /// events' publication times.</summary>
    private async Task<List<DateTimeOffset>> HandleAsync(IServiceProvider services, PartnershipModule subscriber, IReadOnlyList<InboxMessage> rows, CancellationToken ct)
    {
        var occurred = new List<DateTimeOffset>(rows.Count);
        for (var start = 0; start < rows.Count;)
        {
            var end = start + 1;
            while (end < rows.Count && rows[end].Handler == rows[start].Handler && rows[end].EventType == rows[start].EventType) end++;
            var (handler, eventType) = Resolve(services, subscriber, rows[start].Handler, rows[start].EventType);
            var events = new List<IntegrationEvent>(end - start);
            for (var i = start; i < end; i++) events.Add(Deserialize(rows[i].Payload, eventType));
            await HandlerInvocation.HandleAsync(handler, eventType, events, ct);
            occurred.AddRange(events.Select(e => e.OccurredAt));
            start = end;
        }
        return occurred;
    }

    private (object Handler, Type EventType) Resolve(IServiceProvider services, PartnershipModule subscriber, string handlerName, string eventTypeName)
    {
        var handlerType = subscriber.EventHandlerTypes.FirstOrDefault(h => ModuleCatalog.HandlerName(h) == handlerName);
        var eventType = catalog.EventType(eventTypeName);
        if (handlerType is null || eventType is null)
            throw new InvalidOperationException($"No handler {handlerName} for {eventTypeName} in {subscriber.Name}.");
        return (services.GetRequiredService(handlerType), eventType);
    }

    private static IntegrationEvent Deserialize(string payload, Type eventType) =>
        (IntegrationEvent?)JsonSerializer.Deserialize(payload, eventType, ModuleDbContext.EventJson)
        ?? throw new InvalidOperationException("The event payload is empty.");

    /// <summary>Marks the delivered rows processed in one statement. On PostgreSQL by their sequences (one array
    /// parameter); on SQLite, where this loop alone delivers to the module, as "the due rows up to the last one
    /// delivered", which are exactly the group read, without a parameter a row.</summary>
    private Task MarkProcessedAsync(ModuleDbContext db, IReadOnlyList<InboxMessage> rows, DateTimeOffset due, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (first, last) = (rows[0].Sequence, rows[^1].Sequence);
        var sequences = rows.Select(r => r.Sequence).ToList();
        var delivered = rows.Count == 1 ? db.Inbox.Where(i => i.Sequence == first)
            : RowClaims.NeedsClaims(db) ? db.Inbox.Where(i => sequences.Contains(i.Sequence))
            : db.Inbox.Where(i => i.Sequence >= first && i.Sequence <= last).Where(DueAt(due));
        return delivered.ExecuteUpdateAsync(u => u
            .SetProperty(i => i.ProcessedAt, now)
            .SetProperty(i => i.Attempts, i => i.Attempts + 1)
            .SetProperty(i => i.LastError, (string?)null), ct);
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
                : await db.Inbox.AsNoTracking().SingleOrDefaultAsync(i => i.Sequence == message.Sequence && i.ProcessedAt == null, ct);
            if (row is null) { await tx.RollbackAsync(ct); return; }
            var occurred = await HandleAsync(scope.ServiceProvider, subscriber, [row], ct);
            await db.SaveChangesAsync(ct);
            await MarkProcessedAsync(db, [row], clock.GetUtcNow(), ct);
            await tx.CommitAsync(ct);
            metrics.Delivered(subscriber.Name, occurred);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await RecordFailureAsync(subscriber, message, e, ct);
        }
    }

    private async Task RecordFailureAsync(PartnershipModule subscriber, InboxMessage message, Exception error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
        var row = await db.Inbox.SingleAsync(i => i.Sequence == message.Sequence, ct);
        CountFailedAttempt(subscriber, row, error, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Counts a failed attempt on a delivery: retried after the back-off, or parked once the attempts run out.</summary>
    private void CountFailedAttempt(PartnershipModule subscriber, InboxMessage row, Exception error, DateTimeOffset now)
    {
        row.Attempts++;
        row.LastError = Truncate($"{error.GetType().Name}: {error.Message}");
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
    /// or leaves the module as it was. No delivery to the module and no relay runs in this process meanwhile; on PostgreSQL the module's
    /// inbox is locked against other instances until the replay commits. See docs/decisions (replaying the event history).
    /// </summary>
    public async Task<EventReplay> ReplayAsync(PartnershipModule subscriber, CancellationToken ct)
    {
        var handled = subscriber.EventHandlerTypes.SelectMany(IntegrationEventHandlers.HandledEvents).Select(IntegrationEventHandlers.NameOf).Distinct().ToList();
        var turns = new[] { Delivering(subscriber) }.Concat(catalog.Publishers.Select(Relaying)).ToList();
        var held = 0;
        try
        {
            foreach (var turn in turns) { await turn.WaitAsync(ct); held++; }
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscriber.DbContextType);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (RowClaims.NeedsClaims(db)) await RowClaims.LockInboxAsync(db, ct);
            var cleared = db is IRebuildableReadModel;
            if (db is IRebuildableReadModel readModel) await readModel.ClearReadModelAsync(ct);
            int events = 0, deliveries = 0;
            foreach (var publisher in catalog.Publishers)
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
                            var (handler, eventType) = Resolve(scope.ServiceProvider, subscriber, subscription.HandlerName, message.EventType);
                            await HandlerInvocation.HandleAsync(handler, eventType, [Deserialize(message.Payload, eventType)], ct);
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
        finally
        {
            foreach (var turn in turns.Take(held)) turn.Release();
        }
    }

    private static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000];
}
