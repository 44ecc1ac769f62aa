namespace Safeguarding.Host.GraphQL;

public sealed class RecordSharingBasisInputType : RecordInputGraphType<RecordSharingBasisInput>
{
    public RecordSharingBasisInputType() : base("RecordSharingBasisInput")
    {
        Reference(x => x.SubjectId, required: true);
        Reference(x => x.Agreement, required: false);
        Required(x => x.Module);
    }
}
