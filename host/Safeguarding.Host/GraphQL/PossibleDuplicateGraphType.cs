namespace Safeguarding.Host.GraphQL;

public sealed class PossibleDuplicateGraphType : ObjectGraphType<DuplicateView>
{
    public PossibleDuplicateGraphType()
    {
        Name = "PossibleDuplicate";
        Description = "Two records that may be one child, for the working groups holding data on either. Who each is comes from their identity " +
                      "field, shown only to those entitled and audited.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Review.Id);
        Field<NonNullGraphType<SubjectGraphType>>("subject").Description("The record registered when the question arose.").Resolve(c => new SubjectId(c.Source.Review.SubjectId));
        Field<NonNullGraphType<SubjectGraphType>>("candidate").Description("The record already held that it may be.").Resolve(c => new SubjectId(c.Source.Review.CandidateId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How likely they are one child (0 to 1).").Resolve(c => c.Source.Review.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("subjectModules").Resolve(c => c.Source.SubjectModules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("candidateModules").Resolve(c => c.Source.CandidateModules);
        Field<NonNullGraphType<StringGraphType>>("raisedInModule").Resolve(c => c.Source.Review.RaisedInModule);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("raisedAt").Resolve(c => c.Source.Review.RaisedAt);
        Field<NonNullGraphType<DuplicateStatusGraphType>>("status").Resolve(c => c.Source.Review.Status);
        Field<StringGraphType>("decidedBy").Resolve(c => c.Source.Review.DecidedBy);
        Field<DateTimeOffsetGraphType>("decidedAt").Resolve(c => c.Source.Review.DecidedAt);
        Field<StringGraphType>("decisionReason").Resolve(c => c.Source.Review.DecisionReason);
        Field<IdGraphType>("mergeId").Description("The merge that confirmed it (separateChildren undoes it).").Resolve(c => c.Source.Review.MergeId);
    }
}
