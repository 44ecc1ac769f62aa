using Safeguarding.Host.Platform.Registry;

namespace Safeguarding.Host.GraphQL;

public sealed class SubjectRegistrationGraphType : ObjectGraphType<SubjectRegistration>
{
    public SubjectRegistrationGraphType()
    {
        Name = "SubjectRegistration";
        Description = "What registering a person did: MATCHED (the person already held, now enrolled in your module), NEW, or NEEDS_REVIEW " +
                      "(registered, and put on the review queue as possibly the same child as a record already held).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id of the person registered or found.").Resolve(c => c.Source.Subject.ToString());
        Field<NonNullGraphType<RegistrationOutcomeGraphType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How likely the best record already held is this person (0 to 1).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("Why, in plain words.").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<SubjectGraphType>>("subject").Resolve(c => c.Source.Subject);
        Field<SubjectGraphType>("possibleDuplicateOf").Description("NEEDS_REVIEW: the record already held that this may be.").Resolve(c => c.Source.Candidate);
        Field<IdGraphType>("reviewId").Description("NEEDS_REVIEW: the possible duplicate on the review queue.").Resolve(c => c.Source.Review);
    }
}
