namespace Safeguarding.Csa;

/// <summary>
/// Signs and indicators of sexual abuse are special-category data, so every read of a child's CSA record, and of the
/// list of children flagged, is in the audit log, as identity reads are.
/// </summary>
internal static class ChronologyReads
{
    public const string Action = "csa.chronology.read";

    /// <summary>Records that <paramref name="actor"/> read one child's CSA record through <paramref name="field"/>.</summary>
    public static Task RecordChildReadAsync(this IAuditLog log, string actor, Guid subjectId, string field, CancellationToken ct) =>
        log.RecordAsync(new AuditEntry(actor, Action, subjectId.ToString(), Field: field, Module: CsaModule.ModuleName), ct);

    /// <summary>Records that <paramref name="actor"/> read a list across children through <paramref name="field"/>, and what it held.</summary>
    public static Task RecordListReadAsync(this IAuditLog log, string actor, string field, string detail, CancellationToken ct) =>
        log.RecordAsync(new AuditEntry(actor, Action, Field: field, Module: CsaModule.ModuleName, Detail: detail), ct);
}
