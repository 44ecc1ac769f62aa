namespace Safeguarding.Host.GraphQL;

/// <summary>How one person stands to another: the relative is the subject's sibling, parent, carer, person causing harm or partner.</summary>
public sealed class RelationshipKindGraphType : EnumerationGraphType<RelationshipKind>
{
    public RelationshipKindGraphType() => Name = "RelationshipKind";
}
