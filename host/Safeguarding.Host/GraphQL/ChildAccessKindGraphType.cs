namespace Safeguarding.Host.GraphQL;

/// <summary>How a practitioner comes to a legitimate relationship with a child.</summary>
public sealed class ChildAccessKindGraphType : EnumerationGraphType<ChildAccessKind>
{
    public ChildAccessKindGraphType() => Name = "ChildAccessKind";
}
