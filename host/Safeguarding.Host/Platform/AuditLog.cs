namespace Safeguarding.Host.Platform;

/// <summary>Writes audit entries to the platform database, each in its own short transaction.</summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TimeProvider clock) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.AuditLog.Add(new AuditRecord
        {
            At = clock.GetUtcNow(), Actor = entry.Actor, Action = entry.Action, SubjectId = entry.SubjectId, Field = entry.Field,
            Purpose = entry.Purpose, Module = entry.Module, Detail = entry.Detail, Allowed = entry.Allowed,
        });
        // Not cancellable: once a read has happened its record must be written.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
