using GraphQL.Types;

namespace Safeguarding.Adolescents.Briefing;

public sealed class AgreeResponseInputType : InputObjectGraphType<AgreeResponseInput>
{
    public AgreeResponseInputType()
    {
        Name = "AgreeBriefingResponseInput";
        Field<NonNullGraphType<IdGraphType>>("entryId").Description("An entry of a published briefing.");
        Field(x => x.Action).Description("What the partners agreed to do.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("owningAgencies").Description("The partnership's agencies that own the response.");
        Field(x => x.DueAt).Description("By when (within 14 days).");
    }
}
