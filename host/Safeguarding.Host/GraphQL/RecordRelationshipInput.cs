namespace Safeguarding.Host.GraphQL;

/// <summary>What <c>recordRelationship</c> takes.</summary>
public sealed class RecordRelationshipInput
{
    /// <summary>The child (or young person) the relationship is about; your module must hold a record on them.</summary>
    public string? SubjectId { get; set; }

    /// <summary>The person who is the subject's <c>kind</c>, already in the registry.</summary>
    public string? RelativeId { get; set; }

    /// <summary>What the relative is to the child.</summary>
    public RelationshipKind Kind { get; set; }

    /// <summary>The module of your working group in whose name you record it.</summary>
    public string? Module { get; set; }

    /// <summary>From when, if known.</summary>
    public DateOnly? Since { get; set; }
}
