using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// A small table read on almost every request and changed a few times a year (the partnership's agencies), held in
/// memory: read whole from the module's database on first use, and read again after any commit in this process that
/// changed one of its rows (<see cref="ReferenceDataChanges"/>), or once <see cref="RereadAfter"/> has passed, which is
/// how a change made by another host instance on the same database arrives. The rows are shared by every request that
/// reads them: read them, never change them (a change loads its row tracked, as before). Registered for every module as
/// an open generic singleton; a module asks for <c>ReferenceData&lt;ItsDbContext, TheEntity&gt;</c>.
/// </summary>
public sealed class ReferenceData<TContext, TEntity>
    where TContext : ModuleDbContext
    where TEntity : class
{
    private readonly IServiceScopeFactory scopes;
    private readonly ReferenceDataChanges changes;

    public ReferenceData(IServiceScopeFactory scopes, ReferenceDataChanges changes)
    {
        this.scopes = scopes;
        this.changes = changes;
        changes.Watch(typeof(TEntity));
    }

    /// <summary>How long rows are trusted without a commit here having changed them: how soon instances agree.</summary>
    public static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(2);

    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyList<TEntity> Rows, long Version, long ReadAt);

    /// <summary>Every row of the table, as last read.</summary>
    public async ValueTask<IReadOnlyList<TEntity>> AllAsync(CancellationToken ct)
    {
        // The version is taken before the rows are read: a commit landing meanwhile makes the next call read again.
        var version = changes.VersionOf(typeof(TEntity));
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.Version == version && Environment.TickCount64 - snapshot.ReadAt < RereadAfter.TotalMilliseconds)
            return snapshot.Rows;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var rows = await db.Set<TEntity>().AsNoTracking().ToListAsync(ct);
        _snapshot = new Snapshot(rows, version, Environment.TickCount64);
        return rows;
    }
}

/// <summary>
/// Counts committed changes to the entity types held as <see cref="ReferenceData{TContext,TEntity}"/>, so that each knows
/// when to read again. Only watched types are looked for in a save.
/// </summary>
public sealed class ReferenceDataChanges
{
    private readonly ConcurrentDictionary<Type, long> _versions = new();

    internal void Watch(Type entity) => _versions.TryAdd(entity, 0);

    internal long VersionOf(Type entity) => _versions.GetValueOrDefault(entity);

    internal bool Watches(Type entity) => _versions.ContainsKey(entity);

    /// <summary>Whether a context of this model can change a watched type at all.</summary>
    internal bool WatchesAnyIn(IModel model)
    {
        foreach (var watched in _versions) // enumerated in place: Keys would copy them on every save
            if (model.FindEntityType(watched.Key) is not null) return true;
        return false;
    }

    internal void Committed(IEnumerable<Type> entities)
    {
        foreach (var entity in entities) _versions.AddOrUpdate(entity, 1, (_, v) => v + 1);
    }
}

/// <summary>Tells <see cref="ReferenceDataChanges"/> of a save that changed watched rows once it is committed: at once
/// for a save outside a transaction, at the commit for one inside. A context whose model holds no watched type (every
/// module's but the one that owns the table) is not looked at.</summary>
public sealed class ReferenceDataInterceptor(ReferenceDataChanges changes) : CommitInterceptor
{
    protected override void Saving(ModuleDbContext module)
    {
        if (!changes.WatchesAnyIn(module.Model)) return;
        foreach (var entry in module.ChangeTracker.Entries())
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && changes.Watches(entry.Metadata.ClrType))
                (module.ChangedReferenceData ??= []).Add(entry.Metadata.ClrType);
    }

    protected override void Committed(ModuleDbContext module)
    {
        if (module.ChangedReferenceData is not { } changed) return;
        module.ChangedReferenceData = null;
        changes.Committed(changed);
    }

    protected override void RolledBack(ModuleDbContext module) => module.ChangedReferenceData = null;
}
