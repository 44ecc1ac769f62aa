using GraphQL;
using GraphQL.Types;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextLinkGraphType : ObjectGraphType<ContextLink>
{
    public ContextLinkGraphType()
    {
        Name = "ContextualSafeguardingLink";
        Field<NonNullGraphType<EnumerationGraphType<IntelligenceSource>>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("sourceId").Description("The missing or custody episode, or the exploitation concern.").Resolve(c => c.Source.SourceId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => UkTime.ToUk(c.Source.OccurredAt));
    }
}
