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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("What the two records have in common, in plain words.").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("subjectModules").Description("The modules holding data on the subject record.").Resolve(c => c.Source.SubjectModules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("candidateModules").Description("The modules holding data on the candidate record.").Resolve(c => c.Source.CandidateModules);
        Field<NonNullGraphType<StringGraphType>>("raisedInModule").Description("The module in which the registration that raised it was made.").Resolve(c => c.Source.Review.RaisedInModule);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("raisedAt").Description("When the question arose.").Resolve(c => c.Source.Review.RaisedAt);
        Field<NonNullGraphType<DuplicateStatusGraphType>>("status").Description("Open, or how it was decided.").Resolve(c => c.Source.Review.Status);
        Field<StringGraphType>("decidedBy").Description("Who decided it; null while open.").Resolve(c => c.Source.Review.DecidedBy);
        Field<DateTimeOffsetGraphType>("decidedAt").Description("When it was decided; null while open.").Resolve(c => c.Source.Review.DecidedAt);
        Field<StringGraphType>("decisionReason").Description("The reason given with the decision; null while open.").Resolve(c => c.Source.Review.DecisionReason);
        Field<IdGraphType>("mergeId").Description("The merge that confirmed it (separateChildren undoes it).").Resolve(c => c.Source.Review.MergeId);
    }
}
