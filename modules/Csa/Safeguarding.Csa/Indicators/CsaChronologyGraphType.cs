namespace Safeguarding.Csa.Indicators;

public sealed class CsaChronologyGraphType : ObjectGraphType<Chronology>
{
    public CsaChronologyGraphType()
    {
        Name = "CsaChronology";
        Description = "A child's signs and indicators in the order observed, so the picture can be seen building across agencies.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaIndicatorGraphType>>>>("indicators").WithComplexityImpact(1, 10).Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("agencies").Resolve(c => c.Source.Agencies);
        Field<CsaDiscussionFlagGraphType>("openFlag").Resolve(c => c.Source.OpenFlag);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaDiscussionFlagGraphType>>>>("flags").WithComplexityImpact(1, 3).Resolve(c => c.Source.Flags);
    }
}
