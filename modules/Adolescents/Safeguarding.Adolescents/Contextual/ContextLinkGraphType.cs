namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextLinkGraphType : RecordGraphType<ContextLink>
{
    public ContextLinkGraphType() : base("ContextualSafeguardingLink", null, x => x.OccurredAt)
    {
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Description("When the episode or concern that links them happened (UK time).").Resolve(c => UkTime.ToUk(c.Source.OccurredAt));
    }
}
