namespace Safeguarding.Host.Platform;

public sealed class AuditRecord
{
    public long Id { get; set; }
    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; set; }
    /// <summary>Who did it: the signed-in user's name.</summary>
    public string Actor { get; set; } = "";
    /// <summary>What was done or attempted, e.g. a read of a child's identity, a search, or a change of access.</summary>
    public string Action { get; set; } = "";
    public string? SubjectId { get; set; }
    /// <summary>The field of the API that was read or called, when there was one.</summary>
    public string? Field { get; set; }
    /// <summary>The purpose the user gave, for a read that needs one (a search, the subject view).</summary>
    public string? Purpose { get; set; }
    /// <summary>The module in whose name it was done; null for the platform's own fields.</summary>
    public string? Module { get; set; }
    /// <summary>What else was recorded about it, in plain words; null when nothing.</summary>
    public string? Detail { get; set; }
    /// <summary>False when the attempt was refused: refusals are audited as well as reads.</summary>
    public bool Allowed { get; set; }

    /// <summary>The record of <paramref name="entry"/>, made at <paramref name="at"/>.</summary>
    public static AuditRecord Of(AuditEntry entry, DateTimeOffset at) => new()
    {
        At = at, Actor = entry.Actor, Action = entry.Action, SubjectId = entry.SubjectId, Field = entry.Field,
        Purpose = entry.Purpose, Module = entry.Module, Detail = entry.Detail, Allowed = entry.Allowed,
    };
}
