namespace Safeguarding.Host.GraphQL;

public sealed class AuditRecordGraphType() : RecordGraphType<AuditRecord>("AuditRecord",
    "Who did what, when, to which subject, and why. Holds subject ids, never identities.", x => x.Id);
