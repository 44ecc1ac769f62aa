namespace Safeguarding.Adolescents.Briefing;

public sealed class AgreeResponseInputType : RecordInputGraphType<AgreeResponseInput>
{
    public AgreeResponseInputType() : base("AgreeBriefingResponseInput")
    {
        Reference(x => x.EntryId, required: true, "An entry of a published briefing.");
        Describe(x => x.Action, "What the partners agreed to do.");
        Required(x => x.OwningAgencies).Description = "The partnership's agencies that own the response.";
        Describe(x => x.DueAt, "By when (within 14 days).");
    }
}
