namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassGapsGraphType : RecordGraphType<EncompassGaps>
{
    public EncompassGapsGraphType() : base("EncompassGaps",
        "Where Operation Encompass cannot reach: settings not subscribed, and children in notices with no known setting.")
    {
        Rows(x => x.UnsubscribedSettings, 10);
    }
}
