namespace Safeguarding.Adolescents.Briefing;

public sealed class AgreedResponseGraphType : ObjectGraphType<AgreedResponse>
{
    public AgreedResponseGraphType()
    {
        Name = "BriefingAgreedResponse";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Action);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("owningAgencies").Resolve(c => c.Source.OwningAgencies);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dueAt").Resolve(c => UkTime.ToUk(c.Source.DueAt));
        Field<DateTimeOffsetGraphType>("doneAt").Resolve(c => c.Source.DoneAt is { } d ? UkTime.ToUk(d) : null);
        Field(x => x.Outcome, nullable: true);
    }
}
