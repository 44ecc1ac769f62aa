namespace Safeguarding.Host.GraphQL;

public sealed class SubjectRegistrationGraphType : RecordGraphType<SubjectRegistration>
{
    public SubjectRegistrationGraphType() : base("SubjectRegistration",
        "What registering a person did: MATCHED (the person already held, now enrolled in your module), NEW, or NEEDS_REVIEW " +
        "(registered, and put on the review queue as possibly the same child as a record already held).")
    {
    }
}
