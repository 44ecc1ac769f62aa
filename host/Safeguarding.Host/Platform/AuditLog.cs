namespace Safeguarding.Host.Platform;

/// <summary>Writes audit entries to the platform database, each in its own short transaction.</summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TimeProvider clock) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.AuditLog.Add(AuditRecord.Of(entry, clock.GetUtcNow()));
        // Not cancellable: once a read has happened its record must be written.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
