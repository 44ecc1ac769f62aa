namespace Safeguarding.Csa.Indicators;

public sealed class CsaIndicatorGraphType : ObjectGraphType<IndicatorView>
{
    public CsaIndicatorGraphType()
    {
        Name = "CsaIndicator";
        Description = "A sign or indicator of sexual abuse observed about a child.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Indicator.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Indicator.SubjectId);
        Field<NonNullGraphType<StringGraphType>>("categoryCode").Description("The indicator's category code (see csaIndicatorCategories).").Resolve(c => c.Source.Indicator.CategoryCode);
        Field<NonNullGraphType<StringGraphType>>("category").Description("The indicator's category, in words.").Resolve(c => c.Source.CategoryLabel);
        Field<NonNullGraphType<DateOnlyGraphType>>("observedOn").Description("The UK day it was observed.").Resolve(c => c.Source.Indicator.ObservedOn);
        Field<NonNullGraphType<StringGraphType>>("sourceAgency").Description("The agency it comes from.").Resolve(c => c.Source.Indicator.SourceAgency);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What was seen or heard, as the agency recorded it.").Resolve(c => c.Source.Indicator.Description);
        Field<NonNullGraphType<BooleanGraphType>>("seenAndSpokenToAlone").Description("Whether the child was seen and spoken to alone.").Resolve(c => c.Source.Indicator.SeenAndSpokenToAlone);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who recorded it.").Resolve(c => c.Source.Indicator.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("When it was recorded.").Resolve(c => c.Source.Indicator.RecordedAt);
        Field<NonNullGraphType<BooleanGraphType>>("discussed").Description("Whether a multi-agency discussion has considered it.").Resolve(c => c.Source.Indicator.DiscussedUnderFlagId != null);
    }
}
