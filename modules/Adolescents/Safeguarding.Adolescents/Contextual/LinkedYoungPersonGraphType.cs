namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedYoungPersonGraphType : RecordGraphType<LinkedYoungPerson>
{
    public LinkedYoungPersonGraphType() : base("ContextualSafeguardingYoungPerson", null)
    {
        Rows(x => x.Links, 5);
    }
}
