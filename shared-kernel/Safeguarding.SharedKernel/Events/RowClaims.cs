using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.SharedKernel.Events;

// Table and column names below come from the EF model, never from input; values are parameters or integers.
#pragma warning disable EF1002, EF1003

/// <summary>
/// On PostgreSQL several host instances share one database: the bus claims outbox and inbox rows with
/// <c>FOR UPDATE SKIP LOCKED</c> inside its transaction, so each row is relayed and handled by one instance.
/// SQLite is one process's embedded database, where the plain queries suffice.
/// </summary>
internal static class RowClaims
{
    public static bool NeedsClaims(ModuleDbContext db) => ModuleDatabase.ProviderOf(db) == DatabaseProvider.PostgreSql;

    public static Task<List<OutboxMessage>> ClaimUndeliveredAsync(ModuleDbContext db, int batchSize, CancellationToken ct)
    {
        var (table, column) = Mapping<OutboxMessage>(db);
        return db.Outbox.FromSqlRaw(
                $"SELECT * FROM {table} WHERE {column(nameof(OutboxMessage.DispatchedAt))} IS NULL " +
                $"ORDER BY {column(nameof(OutboxMessage.Sequence))} LIMIT {batchSize} FOR UPDATE SKIP LOCKED")
            .AsNoTracking().ToListAsync(ct);
    }

    /// <summary>
    /// The next due pending inbox rows in order (not processed, not parked, not waiting for a retry) that no other
    /// instance holds, locked until the transaction ends: finding and claiming a delivery group is one round trip.
    /// </summary>
    public static Task<List<InboxMessage>> ClaimDueAsync(ModuleDbContext db, int count, DateTimeOffset now, CancellationToken ct)
    {
        var (table, column) = Mapping<InboxMessage>(db);
        return db.Inbox.FromSqlRaw(
                $"SELECT * FROM {table} WHERE {column(nameof(InboxMessage.ProcessedAt))} IS NULL AND {column(nameof(InboxMessage.ParkedAt))} IS NULL " +
                $"AND ({column(nameof(InboxMessage.NextAttemptAt))} IS NULL OR {column(nameof(InboxMessage.NextAttemptAt))} <= {{0}}) " +
                $"ORDER BY {column(nameof(InboxMessage.Sequence))} LIMIT {count} FOR UPDATE SKIP LOCKED", now.UtcTicks)
            .AsNoTracking().ToListAsync(ct);
    }

    /// <summary>The given inbox rows that are still pending and not held by another instance, locked until the transaction ends.</summary>
    public static Task<List<InboxMessage>> ClaimPendingAsync(ModuleDbContext db, IReadOnlyList<long> sequences, CancellationToken ct)
    {
        var (table, column) = Mapping<InboxMessage>(db);
        return db.Inbox.FromSqlRaw(
                $"SELECT * FROM {table} WHERE {column(nameof(InboxMessage.Sequence))} = ANY({{0}}) AND {column(nameof(InboxMessage.ProcessedAt))} IS NULL " +
                "FOR UPDATE SKIP LOCKED", sequences.ToArray())
            .AsNoTracking().ToListAsync(ct);
    }

    /// <summary>Holds off relay into and delivery from the module's inbox on every instance until the transaction ends (reads still run).</summary>
    public static Task LockInboxAsync(ModuleDbContext db, CancellationToken ct)
    {
        var (table, _) = Mapping<InboxMessage>(db);
        return db.Database.ExecuteSqlRawAsync($"LOCK TABLE {table} IN EXCLUSIVE MODE", ct);
    }

    private static (string Table, Func<string, string> Column) Mapping<T>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
        return (table, property => $"\"{entity.FindProperty(property)!.GetColumnName(store)}\"");
    }
}
