using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class HospitalAlertGraphType : ObjectGraphType<HospitalAlert>
{
    public HospitalAlertGraphType()
    {
        Name = "DomesticAbuseHospitalAlert";
        Description = "A \"risk of domestic abuse\" alert on the child's hospital record, so that a clinician seeing the child knows.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Reason);
        Field(x => x.Agency);
        Field(x => x.RaisedOn);
        Field(x => x.RemovedOn, nullable: true);
        Field(x => x.RemovalReason, nullable: true);
    }
}
