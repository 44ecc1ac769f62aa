using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// Work to do once a module context's changes are committed: at <c>SaveChanges</c> outside a transaction, at the commit
/// of one. What is about to be saved can be noted first (<see cref="Saving"/>), and what a rolled-back transaction saved
/// forgotten (<see cref="RolledBack"/>). The outbox's wake-up and reference data's refresh both hang on this.
/// </summary>
public abstract class CommitInterceptor : DbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>Before the context saves (its changes not yet detected by the save itself).</summary>
    protected virtual void Saving(ModuleDbContext context) { }

    /// <summary>Once what the context saved is committed.</summary>
    protected abstract void Committed(ModuleDbContext context);

    /// <summary>When the context's transaction rolls back: nothing it saved in it was committed.</summary>
    protected virtual void RolledBack(ModuleDbContext context) { }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ModuleDbContext module) Saving(module);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavingChanges(eventData, result));

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is ModuleDbContext module && module.Database.CurrentTransaction is null) Committed(module);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ModuleDbContext module) Committed(module);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ModuleDbContext module) RolledBack(module);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
