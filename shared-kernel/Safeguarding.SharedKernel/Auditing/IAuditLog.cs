namespace Safeguarding.SharedKernel.Auditing;

/// <summary>An entry of the audit log: who did what, when, to which subject or module, and why.</summary>
public sealed record AuditEntry(
    string Actor,
    string Action,
    string? SubjectId = null,
    string? Field = null,
    string? Purpose = null,
    string? Module = null,
    string? Detail = null,
    bool Allowed = true);

public interface IAuditLog
{
    /// <summary>Writes the entry at once, in its own transaction: an audit record never waits on the caller's data.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken ct = default);
}

public static class AuditActions
{
    public const string IdentityRead = "identity.read";
    public const string ModuleToggled = "module.toggled";
    public const string SubjectRegistered = "subject.registered";
    public const string SubjectsMerged = "subject.merged";
    public const string SubjectsKeptApart = "subject.kept-apart";
    public const string SubjectsSeparated = "subject.separated";
    public const string SubjectsSearched = "subject.searched";
    public const string HouseholdRead = "household.read";
    public const string RelationshipRecorded = "relationship.recorded";
    public const string RelationshipEnded = "relationship.ended";
    public const string EventsReplayed = "events.replayed";
    public const string EventsRetried = "events.retried";
    public const string SubjectPartRead = "subject.part.read";
    public const string SharingBasisRecorded = "sharing.basis.recorded";
    public const string SubjectLookupRefused = "subject.lookup.refused";
    public const string ChildAccessAllocated = "child-access.allocated";
    public const string ChildAccessGranted = "child-access.granted";
    public const string ChildAccessEnded = "child-access.ended";
    public const string SealedAccessOpened = "sealed-access.opened";
    public const string SealedAccessReviewed = "sealed-access.reviewed";
    public const string AuditLogExported = "audit-log.exported";
    public const string RetentionReviewed = "retention.reviewed";
    public const string PersonDisposed = "person.disposed";
    public const string SubjectAccessExported = "subject-access.exported";
    public const string BankHolidayAdded = "calendar.bank-holiday.added";
    public const string BankHolidayRemoved = "calendar.bank-holiday.removed";
    public const string SchoolHolidayRecorded = "calendar.school-holiday.recorded";
    public const string SchoolHolidayChanged = "calendar.school-holiday.changed";
    public const string SchoolHolidayRemoved = "calendar.school-holiday.removed";
}
