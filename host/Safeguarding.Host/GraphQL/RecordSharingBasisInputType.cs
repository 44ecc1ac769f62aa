namespace Safeguarding.Host.GraphQL;

public sealed class RecordSharingBasisInputType : RecordInputGraphType<RecordSharingBasisInput>
{
    public RecordSharingBasisInputType() : base("RecordSharingBasisInput")
    {
        Reference(x => x.SubjectId, required: true);
        Describe(x => x.Module, "The module whose information about the child is shared.");
        ShownAs<SharingBasisGraphType>(x => x.Basis);
        Describe(x => x.Reason, "Why consent was overridden (required then): seeking it would put the child at risk.");
    }
}
