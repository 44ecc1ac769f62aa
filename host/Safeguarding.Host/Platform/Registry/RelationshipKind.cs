namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// How one person in the registry stands to another, read as "the relative is the subject's …". Sibling and partner are
/// the same both ways; parent, carer and person causing harm are not.
/// </summary>
public enum RelationshipKind
{
    /// <summary>A brother or sister, of whole or half blood, or a step-sibling brought up together.</summary>
    Sibling,
    /// <summary>A birth or adoptive parent.</summary>
    Parent,
    /// <summary>
    /// Someone who looks after the subject without being their parent: a kinship carer, a foster carer, a parent's
    /// partner.
    /// </summary>
    Carer,
    /// <summary>Someone known or alleged to have harmed the subject.</summary>
    PersonCausingHarm,
    /// <summary>An intimate partner (young people's relationships, where abuse is one of the risks).</summary>
    Partner,
}
