namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaDiscussionInputType : RecordInputGraphType<RecordCsaDiscussionInput>
{
    public RecordCsaDiscussionInputType() : base("RecordCsaDiscussionInput")
    {
        Reference(x => x.FlagId, required: true);
        Required(x => x.Agencies, x => x.Outcome);
    }
}
