namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextLinkGraphType : RecordGraphType<ContextLink>
{
    public ContextLinkGraphType() : base("ContextualSafeguardingLink", null, x => x.OccurredAt)
    {
        Describe(x => x.SourceId, "The missing or custody episode, or the exploitation concern.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => UkTime.ToUk(c.Source.OccurredAt));
    }
}
