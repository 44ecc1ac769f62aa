using Safeguarding.Host.Platform;

namespace Safeguarding.Host.GraphQL;

public sealed class SharingBasisRecordGraphType : RecordGraphType<SharingBasisRecord>
{
    public SharingBasisRecordGraphType() : base("InformationSharingBasis", "On what basis a module's information about the child is shared.", x => x.SubjectId)
    {
        ShownAs<SharingBasisGraphType>(x => x.Basis);
        Describe(x => x.Reason, "Required when consent was overridden.");
    }
}
