namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeBatchGraphType : ObjectGraphType<IntakeBatch>
{
    public IntakeBatchGraphType()
    {
        Name = "ProtectionNoticeBatchResult";
        Field<NonNullGraphType<IntGraphType>>("received").Resolve(c => c.Source.Results.Count);
        Field<NonNullGraphType<IntGraphType>>("stored").Resolve(c => c.Source.Count(IntakeOutcome.Stored));
        Field<NonNullGraphType<IntGraphType>>("duplicates").Resolve(c => c.Source.Count(IntakeOutcome.Duplicate));
        Field<NonNullGraphType<IntGraphType>>("rejected").Resolve(c => c.Source.Count(IntakeOutcome.Rejected));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeResultGraphType>>>>("results").WithComplexityImpact(1, 1)
            .Argument<BooleanGraphType>("notStoredOnly", "Only the duplicates and rejected notices.")
            .Resolve(c => c.GetArgument<bool?>("notStoredOnly") == true ? c.Source.Results.Where(r => r.Outcome != IntakeOutcome.Stored) : c.Source.Results);
    }
}
