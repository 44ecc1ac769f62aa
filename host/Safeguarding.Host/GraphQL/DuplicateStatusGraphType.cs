namespace Safeguarding.Host.GraphQL;

public sealed class DuplicateStatusGraphType : EnumerationGraphType<DuplicateStatus>
{
    public DuplicateStatusGraphType() => Name = "DuplicateStatus";
}
