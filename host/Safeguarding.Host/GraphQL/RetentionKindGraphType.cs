namespace Safeguarding.Host.GraphQL;

/// <summary>The retention rule a person's records follow: CHILD_SAFEGUARDING_RECORD or ADULT_RECORD.</summary>
public sealed class RetentionKindGraphType : EnumerationGraphType<RetentionKind>
{
    public RetentionKindGraphType() => Name = "RetentionKind";
}
