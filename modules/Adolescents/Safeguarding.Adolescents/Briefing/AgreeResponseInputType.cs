namespace Safeguarding.Adolescents.Briefing;

public sealed class AgreeResponseInputType : RecordInputGraphType<AgreeResponseInput>
{
    public AgreeResponseInputType() : base("AgreeBriefingResponseInput")
    {
        Reference(x => x.EntryId, required: true);
        Required(x => x.OwningAgencies, x => x.Action);
    }
}
