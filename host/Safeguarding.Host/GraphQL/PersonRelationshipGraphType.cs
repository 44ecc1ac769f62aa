namespace Safeguarding.Host.GraphQL;

public sealed class PersonRelationshipGraphType : RecordGraphType<PersonRelationship>
{
    public PersonRelationshipGraphType() : base("PersonRelationship",
        "A relationship between two people in the registry, recorded by a working group: the relative is the subject's `kind`. " +
        "Recording it grants no one the relative's identity.")
    {
        Describe(x => x.SubjectId, "The person the relationship is about (the id it was recorded under).");
        Describe(x => x.RelativeId, "The person who is the subject's `kind` (the id it was recorded under).");
    }
}
