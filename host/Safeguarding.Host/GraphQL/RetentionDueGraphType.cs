using Safeguarding.Host.Platform.PersonalData;

namespace Safeguarding.Host.GraphQL;

public sealed class RetentionDueGraphType : RecordGraphType<RetentionDue>
{
    public RetentionDueGraphType() : base("RetentionDue",
        "A person whose records are due for disposal under the retention periods, by their pseudonymous id: who they are is not shown.")
    {
    }
}
