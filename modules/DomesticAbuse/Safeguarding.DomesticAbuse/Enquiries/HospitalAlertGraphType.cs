namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class HospitalAlertGraphType() : RecordGraphType<HospitalAlert>("DomesticAbuseHospitalAlert",
    "A \"risk of domestic abuse\" alert on the child's hospital record, so that a clinician seeing the child knows.", x => x.SubjectId, x => x.RaisedBy);
