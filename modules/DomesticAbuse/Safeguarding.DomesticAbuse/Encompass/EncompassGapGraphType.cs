namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassGapGraphType : RecordGraphType<EncompassGap>
{
    public EncompassGapGraphType() : base("EncompassGap", null)
    {
        Describe(x => x.ChildrenInNotices, "Children attending the setting named in notices in the period: their school could not be told.");
    }
}
