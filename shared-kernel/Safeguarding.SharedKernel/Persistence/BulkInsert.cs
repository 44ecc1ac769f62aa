using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// Writes many new rows of one entity type with multi-row INSERT statements, inside the context's current transaction:
/// for intakes of thousands of rows at once, where SaveChanges would send (and SQLite would prepare) one statement per
/// row. Table, columns and every value's conversion come from the context's EF Core model and type mappings, so the rows
/// are stored exactly as SaveChanges would store them. Rows written so are not tracked. Columns the database generates
/// (the outbox's sequence) are left to it. See docs/decisions/0012-bulk-intake-writes.md.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Values per statement on SQLite. Microsoft.Data.Sqlite binds each value by its name, and SQLite finds a name by
    /// walking the statement's list of names, so a value's binding costs time in proportion to the statement's size:
    /// a few rows a statement, each statement prepared once and run again, cost least. In a CPU profile of event delivery
    /// with 200 values a statement, the name search (strncmp under sqlite3VListNameToNum) was 16% of the time; with 40,
    /// delivery alone fell from 52-63 to 46-51 µs an event (bench `bus --measure delivery`, 2026-12-03). 3,000 once made
    /// the intake slower than SaveChanges.
    /// </summary>
    private const int SqliteMaxParameters = 40;

    /// <summary>Values per statement elsewhere: PostgreSQL binds by position, and each statement is a round trip.</summary>
    private const int MaxParameters = 200;

    /// <summary>A column: how to read its value from a row and convert it for the provider, resolved once per model.</summary>
    private sealed record Column(IProperty Property, Func<object, object?> Read, ValueConverter? Converter, RelationalTypeMapping Mapping, string Name);
    private sealed record Table(string DelimitedName, IReadOnlyList<Column> Columns);

    private static readonly ConcurrentDictionary<(IModel Model, Type Type), Table> Tables = new();

    /// <summary>
    /// Inserts the rows, in their order, in the transaction the caller has begun (the rows commit or roll back with
    /// the rest of its work). A constraint violation throws the provider's exception; see <see cref="IsWriteConflict"/>.
    /// </summary>
    public static Task InsertAllAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class =>
        db.InsertAllAsync(rows, skipDuplicates: false, ct);

    /// <summary>
    /// As <see cref="InsertAllAsync{T}(DbContext, IReadOnlyList{T}, CancellationToken)"/>; with
    /// <paramref name="skipDuplicates"/>, a row that a unique index already holds is left out instead of refused
    /// (<c>ON CONFLICT DO NOTHING</c>, which SQLite and PostgreSQL both speak).
    /// </summary>
    public static async Task InsertAllAsync<T>(this DbContext db, IReadOnlyList<T> rows, bool skipDuplicates, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Begin a transaction before a bulk insert, so that it commits or rolls back with the rest.");
        var table = Tables.GetOrAdd((db.Model, typeof(T)), k => Describe(db, k.Type));
        var connection = db.Database.GetDbConnection();
        var perStatement = Math.Max(1, (connection is SqliteConnection ? SqliteMaxParameters : MaxParameters) / table.Columns.Count);

        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                // Full statements reuse one prepared command; only the last, shorter one needs its own text.
                if (command is null || command.Parameters.Count != count * table.Columns.Count)
                {
                    if (command is not null) await command.DisposeAsync();
                    command = CreateCommand(connection, transaction, table, count, skipDuplicates);
                }
                var p = 0;
                for (var r = start; r < start + count; r++)
                foreach (var column in table.Columns)
                {
                    var value = column.Read(rows[r]);
                    command.Parameters[p++].Value = (column.Converter is null || value is null ? value : column.Converter.ConvertToProvider(value)) ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null) await command.DisposeAsync();
        }
    }

    /// <summary>Stores the events in the outbox in the current transaction; they are delivered once it commits.</summary>
    public static async Task PublishAllAsync(this ModuleDbContext db, IReadOnlyList<IntegrationEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return;
        await db.InsertAllAsync(events.Select(ModuleDbContext.OutboxMessageFor).ToList(), ct);
        db.HasUnsignalledEvents = true; // the commit wakes the event bus
    }

    /// <summary>
    /// Whether the exception says another transaction got there first: a unique index refused a row it had stored, or
    /// PostgreSQL ended this transaction to break a deadlock or a serialization conflict. Trying again is the answer.
    /// </summary>
    public static bool IsWriteConflict(Exception e) => e switch
    {
        SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } => true, // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
        DbException { SqlState: "23505" or "40P01" or "40001" } => true,     // PostgreSQL unique_violation, deadlock_detected, serialization_failure
        DbUpdateException { InnerException: { } inner } => IsWriteConflict(inner),
        _ => false,
    };

    /// <summary>
    /// Makes writers of the same kind of batch take turns until the current transaction ends. SQLite has one writer at a
    /// time already (a transaction takes the write lock as it begins); on PostgreSQL a transaction-scoped advisory lock
    /// does the same on every host instance, so that two batches naming the same new rows in different orders neither
    /// deadlock nor refuse each other's rows. Reads are not held up.
    /// </summary>
    public static async Task TakeTurnAsync(this ModuleDbContext db, string writer, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Begin a transaction before taking a turn: the turn lasts until it ends.");
        if (ModuleDatabase.ProviderOf(db) != DatabaseProvider.PostgreSql) return;
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey($"{db.Schema}:{writer}")], ct);
    }

    /// <summary>A stable 64-bit key for a name (FNV-1a): the same in every process and every release.</summary>
    private static long LockKey(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name)) { hash ^= b; hash *= 1099511628211UL; }
        return unchecked((long)hash);
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction transaction, Table table, int rows, bool skipDuplicates)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder("INSERT INTO ").Append(table.DelimitedName).Append(" (")
            .AppendJoin(", ", table.Columns.Select(c => c.Name)).Append(") VALUES ");
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) sql.Append(", ");
            sql.Append('(');
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (c > 0) sql.Append(", ");
                var name = "@b" + p++;
                sql.Append(name);
                // The mapping sets the provider's parameter type as EF Core would (a SQLite TEXT Guid, a PostgreSQL bigint);
                // the value is set per row.
                command.Parameters.Add(table.Columns[c].Mapping.CreateParameter(command, name, null, table.Columns[c].Property.IsNullable));
            }
            sql.Append(')');
        }
        if (skipDuplicates) sql.Append(" ON CONFLICT DO NOTHING");
        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>How a column's value is read from a row. A new row's version (<see cref="RowVersions"/>) is 0.</summary>
    private static Func<object, object?> ReaderOf(IProperty property)
    {
        if (RowVersions.IsRowVersion(property)) return static _ => 0;
        var getter = property.GetGetter();
        return getter.GetClrValue;
    }

    private static Table Describe(DbContext db, Type type)
    {
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not part of {db.GetType().Name}.");
        var tableName = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        if (entity.GetProperties().FirstOrDefault(p => p.IsShadowProperty() && !RowVersions.IsRowVersion(p)) is { } shadow)
            throw new NotSupportedException($"{type.Name}.{shadow.Name} is a shadow property: a bulk insert writes only the entity's own properties.");
        var columns = entity.GetProperties()
            .Where(p => !(p.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && p.IsKey() && p.ClrType == typeof(long))) // the database numbers these
            .Where(p => p.GetColumnName(store) is not null)
            .Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .Select(c => new Column(c.Property, ReaderOf(c.Property),
                c.Mapping.Converter, c.Mapping, sql.DelimitIdentifier(c.Property.GetColumnName(store)!)))
            .ToList();
        return new Table(sql.DelimitIdentifier(tableName, entity.GetSchema()), columns);
    }
}
