using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.SharedKernel.Events;

/// <summary>Wakes the event bus when a publisher commits, so delivery does not wait for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    public void Raise() { if (_signal.CurrentCount == 0) _signal.Release(); }
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>Raises the <see cref="OutboxSignal"/> after a save or a commit that stored events.</summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext { HasUnsignalledEvents: true } module && module.Database.CurrentTransaction is null)
        {
            module.HasUnsignalledEvents = false;
            signal.Raise();
        }
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedChangesAsync(eventData, result);
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    private void Committed(DbContext? context)
    {
        if (context is ModuleDbContext { HasUnsignalledEvents: true } module)
        {
            module.HasUnsignalledEvents = false;
            signal.Raise();
        }
    }
}
