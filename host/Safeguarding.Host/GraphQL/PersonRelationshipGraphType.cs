namespace Safeguarding.Host.GraphQL;

public sealed class PersonRelationshipGraphType() : RecordGraphType<PersonRelationship>("PersonRelationship",
    "A relationship between two people in the registry, recorded by a working group: the relative is the subject's `kind`. " +
    "Recording it grants no one the relative's identity.");
