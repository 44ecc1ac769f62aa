using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Host.GraphQL;

public sealed class AuditRecordGraphType() : RecordGraphType<AuditRecord>("AuditRecord",
    "Who did what, when, to which subject, and why. Holds subject ids, never identities.", x => x.Id);
