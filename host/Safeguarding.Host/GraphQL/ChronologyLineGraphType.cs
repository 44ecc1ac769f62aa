namespace Safeguarding.Host.GraphQL;

public sealed class ChronologyLineGraphType : RecordGraphType<ChronologyLine>
{
    public ChronologyLineGraphType() : base("ChronologyEntry", "One dated entry of a child's chronology, from the module that holds it.", x => x.At)
    {
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it happened, UK time.").Resolve(c => UkTime.ToUk(c.Source.At));
        Describe(x => x.What, "What happened, in the holding module's words.");
        Describe(x => x.Agency, "The agency it came from, where the module records one.");
        Describe(x => x.RecordedBy, "Who recorded it, where the module records one.");
        Describe(x => x.SubjectId, "The record it was made under: one of the ids the child is known by.");
    }
}
