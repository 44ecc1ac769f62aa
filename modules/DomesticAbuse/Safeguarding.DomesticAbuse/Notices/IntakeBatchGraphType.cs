namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeBatchGraphType : ObjectGraphType<IntakeBatch>
{
    public IntakeBatchGraphType()
    {
        Name = "ProtectionNoticeBatchResult";
        Field<NonNullGraphType<IntGraphType>>("received").Description("Notices in the batch.").Resolve(c => c.Source.Results.Count);
        Field<NonNullGraphType<IntGraphType>>("stored").Description("Notices stored.").Resolve(c => c.Source.Count(IntakeOutcome.Stored));
        Field<NonNullGraphType<IntGraphType>>("duplicates").Description("Notices already held, by police reference: not stored again.").Resolve(c => c.Source.Count(IntakeOutcome.Duplicate));
        Field<NonNullGraphType<IntGraphType>>("rejected").Description("Notices refused, each with its problems in results.").Resolve(c => c.Source.Count(IntakeOutcome.Rejected));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeResultGraphType>>>>("results").Description("Each notice's outcome, in the order sent.").WithComplexityImpact(1, 1)
            .Argument<BooleanGraphType>("notStoredOnly", "Only the duplicates and rejected notices.")
            .Resolve(c => c.GetArgument<bool?>("notStoredOnly") == true ? c.Source.Results.Where(r => r.Outcome != IntakeOutcome.Stored) : c.Source.Results);
    }
}
