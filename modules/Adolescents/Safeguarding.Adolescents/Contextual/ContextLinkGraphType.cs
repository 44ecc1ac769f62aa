namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextLinkGraphType : RecordGraphType<ContextLink>
{
    public ContextLinkGraphType() : base("ContextualSafeguardingLink", null, x => x.OccurredAt)
    {
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => UkTime.ToUk(c.Source.OccurredAt));
    }
}
