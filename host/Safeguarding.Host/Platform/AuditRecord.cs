namespace Safeguarding.Host.Platform;

public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string? SubjectId { get; set; }
    public string? Field { get; set; }
    public string? Purpose { get; set; }
    public string? Module { get; set; }
    public string? Detail { get; set; }
    public bool Allowed { get; set; }

    /// <summary>The record of <paramref name="entry"/>, made at <paramref name="at"/>.</summary>
    public static AuditRecord Of(AuditEntry entry, DateTimeOffset at) => new()
    {
        At = at, Actor = entry.Actor, Action = entry.Action, SubjectId = entry.SubjectId, Field = entry.Field,
        Purpose = entry.Purpose, Module = entry.Module, Detail = entry.Detail, Allowed = entry.Allowed,
    };
}
