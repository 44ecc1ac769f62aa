using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// "At most one X per Y" is held by the database, not by a read before the write: a unique (or partial unique) index
/// for rows that must not be stored twice, and the row version (<see cref="RowVersions"/>) for a record two requests
/// change at once. When the database refuses the loser's write, its whole transaction has rolled back; this class turns
/// the refusal into the message the practitioner sees with the code CONFLICT. Each unique index says in words what it
/// holds (<see cref="IsUniqueBecause{T}"/>); an index without words gets a plain one.
/// </summary>
public static partial class WriteConflicts
{
    public const string MessageAnnotation = "Safeguarding:ConflictMessage";

    public const string SameMoment =
        "Someone else recorded this at the same moment, so yours was not saved. Look at the record as it stands now before trying again.";

    /// <summary>Makes the index unique and says, for the practitioner whose write it refuses, what it holds.</summary>
    public static IndexBuilder<T> IsUniqueBecause<T>(this IndexBuilder<T> index, string message) =>
        index.IsUnique().HasAnnotation(MessageAnnotation, message);

    /// <summary>The message for a write the database refused because another got there first; null for any other failure.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException concurrency => ChangedMeanwhile(concurrency),
        DbUpdateException { InnerException: { } inner } update when Refusal(inner) is { } refusal => MessageOf(update, refusal) ?? SameMoment,
        _ => null,
    };

    private static string ChangedMeanwhile(DbUpdateConcurrencyException e)
    {
        var what = e.Entries.FirstOrDefault()?.Metadata.ClrType.Name is { } name ? Words(name) : "record";
        return $"Someone else changed this {what} at the same moment, so your change was not saved. Look at it as it stands now before trying again.";
    }

    /// <summary>Which unique index refused the row: its name (PostgreSQL) or its table and columns (SQLite).</summary>
    private sealed record UniqueRefusal(string? IndexName, string? Table, IReadOnlyList<string> Columns);

    private static UniqueRefusal? Refusal(Exception inner) => inner switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => new UniqueRefusal(pg.ConstraintName, pg.TableName, []),
        SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } sqlite => SqliteRefusal(sqlite.Message),
        _ => null,
    };

    /// <summary>SQLite says "UNIQUE constraint failed: table.a, table.b" (or "index 'name'" for an index on expressions).</summary>
    private static UniqueRefusal SqliteRefusal(string message)
    {
        var named = SqliteIndexName().Match(message);
        if (named.Success) return new UniqueRefusal(named.Groups[1].Value, null, []);
        var columns = SqliteColumns().Match(message);
        if (!columns.Success) return new UniqueRefusal(null, null, []);
        var parts = columns.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('.', 2)).Where(p => p.Length == 2).ToList();
        return new UniqueRefusal(null, parts.FirstOrDefault()?[0], parts.Select(p => p[1]).ToList());
    }

    private static string? MessageOf(DbUpdateException update, UniqueRefusal refusal)
    {
        var model = update.Entries.FirstOrDefault()?.Context.Model;
        if (model is null) return null;
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var index in entity.GetIndexes().Where(i => i.IsUnique))
            {
                var matches = refusal.IndexName is { } name
                    ? string.Equals(index.GetDatabaseName(store), name, StringComparison.Ordinal)
                    : string.Equals(table, refusal.Table, StringComparison.Ordinal)
                      && index.Properties.Select(p => p.GetColumnName(store)).Order().SequenceEqual(refusal.Columns.Order());
                if (matches) return index.FindAnnotation(MessageAnnotation)?.Value as string;
            }
        }
        return null;
    }

    /// <summary>"EncompassNotification" → "encompass notification".</summary>
    private static string Words(string typeName) => CapitalBoundary().Replace(typeName, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex(@"UNIQUE constraint failed: index '([^']+)'")]
    private static partial Regex SqliteIndexName();

    [GeneratedRegex(@"(?:UNIQUE|PRIMARY KEY) constraint failed: ([^']+)")]
    private static partial Regex SqliteColumns();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex CapitalBoundary();
}
